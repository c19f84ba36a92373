/** Datasets and their versions: import jobs, validation reports and provenance. */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package vn.tinhso.catalog;
