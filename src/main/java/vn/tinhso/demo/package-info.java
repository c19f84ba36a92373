/** The deterministic demo province (old Bắc Giang on 30 September 2024), built through the modules' public APIs. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo province",
        allowedDependencies = {"access", "cameras", "catalog", "indicators", "platform", "streams", "territory", "workforce"})
package vn.tinhso.demo;
