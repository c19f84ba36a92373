/** Training programmes, courses, sessions, enrolments, completions and certificates; their counts feed indicators. */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce",
        allowedDependencies = {"access", "catalog", "dashboard", "indicators", "platform", "territory"})
package vn.tinhso.workforce;
