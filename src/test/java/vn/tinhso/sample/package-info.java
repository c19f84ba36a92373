/** A module that exists only in the test sources, to prove a module plugs in by adding its package and resources. */
@org.springframework.modulith.ApplicationModule(displayName = "Sample", allowedDependencies = {"dashboard", "platform"})
package vn.tinhso.sample;
