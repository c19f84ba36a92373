/** Users, roles, API tokens, purposes of use, and the tamper-evident audit log. */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package vn.tinhso.access;
