/** Datasets and their versions: import jobs, validation reports and provenance. */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog",
        allowedDependencies = {"access", "dashboard", "platform"})
package vn.tinhso.catalog;
