/**
 * The data hub: master records of citizens, households, enterprises and land parcels keyed by their national ids,
 * connectors that pull the national registries, personal-data masking, and the sharing API for other agencies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data hub",
        allowedDependencies = {"access", "alerts", "catalog", "dashboard", "indicators", "platform", "territory"})
package vn.tinhso.hub;
