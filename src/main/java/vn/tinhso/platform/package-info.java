/** Shared plumbing every module uses: the database, problem details, pagination, command-line entry points. */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.tinhso.platform;
