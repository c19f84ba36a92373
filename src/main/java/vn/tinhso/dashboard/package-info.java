/** The operations-center pages that compose the other modules' public APIs. */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard",
        allowedDependencies = {"platform"})
package vn.tinhso.dashboard;
