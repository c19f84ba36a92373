/** Data elements, data values with revisions, periods, indicator expressions, targets, scorecards and analytics. */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators",
        allowedDependencies = {"access", "catalog", "dashboard", "platform", "territory"})
package vn.tinhso.indicators;
