package vn.tinhso.platform;

import javax.sql.DataSource;

/**
 * Connections as {@value #ROLE}, a login role that can only read the curated views in the schema
 * {@value #SCHEMA}: it owns nothing, is not a member of the application role (so {@code SET ROLE} back is
 * refused by the server) and its sessions are read-only by default. Absent with an external database whose
 * DBA has not created the role (see docs/operations.md).
 */
public record AnalystDatabase(DataSource dataSource) {

    public static final String ROLE = "tinhso_analyst";
    public static final String SCHEMA = "analytics_views";
}
