/**
 * Detection on the event log (a Sigma engine and the platform's rule packs) and SOC governance: the registry of
 * information systems with their security-level dossiers, the legal basis as data, and anti-malware endpoints.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
        allowedDependencies = {"access", "alerts", "catalog", "dashboard", "platform", "streams", "workforce"})
package vn.tinhso.security;
