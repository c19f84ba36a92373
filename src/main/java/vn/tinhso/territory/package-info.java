/** Administrative units of the province, effective-dated, with their official GSO codes, villages and geometry. */
@org.springframework.modulith.ApplicationModule(displayName = "Territory",
        allowedDependencies = {"catalog", "dashboard", "platform"})
package vn.tinhso.territory;
