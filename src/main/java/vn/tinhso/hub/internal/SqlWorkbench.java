package vn.tinhso.hub.internal;

import java.util.List;

/**
 * Read-only SQL over the curated views in {@code analytics_views}, run by the database as the analyst role in a
 * read-only transaction with a statement timeout and a row limit. Whatever the role may not do (write, DDL, read a
 * raw table, take back the application role) the database refuses; nothing here inspects the SQL text.
 */
public interface SqlWorkbench {

    SqlResult run(String actor, String sql);

    List<SavedQuery> visibleTo(String actor);

    SavedQuery save(String actor, String title, String sql, boolean shared);
}
