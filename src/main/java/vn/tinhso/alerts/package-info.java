/** Alerts from every detector, grouped, and incidents built from them with a status workflow and a timeline. */
@org.springframework.modulith.ApplicationModule(displayName = "Alerts",
        allowedDependencies = {"access", "dashboard", "platform", "streams"})
package vn.tinhso.alerts;
