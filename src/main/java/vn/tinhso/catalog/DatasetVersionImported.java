package vn.tinhso.catalog;

import java.time.Instant;

/** Published after a version's rows are committed; modules that derive figures listen to it. */
public record DatasetVersionImported(long versionId, String dataset, String kind, int rowsAccepted, Instant at) {
}
