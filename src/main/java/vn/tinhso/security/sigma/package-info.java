/** The Sigma rule engine, usable on its own (the {@code sigma check} command, tests) and by the detectors. */
@org.springframework.modulith.NamedInterface("sigma")
package vn.tinhso.security.sigma;
