/** Users, roles, API tokens, purposes of use, and the tamper-evident audit log. */
@org.springframework.modulith.ApplicationModule(displayName = "Access",
        allowedDependencies = {"dashboard", "platform"})
package vn.tinhso.access;
