package vn.tinhso.hub.internal;

import java.time.OffsetDateTime;

/** A workbench query kept by its author; a shared one is listed for every analyst. */
public record SavedQuery(long id, String title, String sql, String owner, boolean shared, OffsetDateTime savedAt) {
}
