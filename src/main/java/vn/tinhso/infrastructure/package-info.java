/** Towers, base stations and cells, fibre per village, broadband per commune; the coverage model and the digital-gap list. */
@org.springframework.modulith.ApplicationModule(displayName = "Digital infrastructure",
        allowedDependencies = {"access", "catalog", "dashboard", "indicators", "platform", "territory"})
package vn.tinhso.infrastructure;
