package vn.tinhso.hub.internal;

/**
 * What a registry's owner decided for it: {@code blockPublication} stops its open data while its latest checked version
 * has a failed expectation; {@code retentionDays} is how long a record is kept after the version that last wrote it (null:
 * kept).
 */
public record DatasetRule(String registry, boolean blockPublication, Integer retentionDays) {
}
