package vn.tinhso.hub.internal;

/** One expectation checked on one version of a registry: its name, whether it held, and what was observed. */
public record ExpectationResult(String registry, long versionId, String expectation, boolean passed, String observed) {
}
