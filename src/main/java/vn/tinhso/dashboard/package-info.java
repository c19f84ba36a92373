/** The operations-center pages that compose the other modules' public APIs. */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package vn.tinhso.dashboard;
