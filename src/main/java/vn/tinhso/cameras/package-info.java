/** Cameras: the registry and health, recognition events from the cameras' own formats, plates, watchlists, section speed, traffic, privacy. */
@org.springframework.modulith.ApplicationModule(displayName = "Cameras",
        allowedDependencies = {"access", "alerts", "catalog", "dashboard", "platform", "territory"})
package vn.tinhso.cameras;
