package vn.tinhso.hub.internal;

import java.time.Instant;

/** A connector as it stands: where it reads, how far it has read, and how its last run went. */
public record ConnectorState(String code, String kind, String baseUrl, int pageSize, Instant cursor, Long lastGoodVersion,
                             Instant lastRunAt, String lastStatus, String lastError) {
}
