/** Detection on the event log: a Sigma engine (detection and correlation rules) and the platform's rule packs. */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
        allowedDependencies = {"access", "alerts", "dashboard", "platform", "streams"})
package vn.tinhso.security;
