package vn.tinhso.hub.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;
import vn.tinhso.platform.AnalystDatabase;

@Service
class AnalystQueries implements SqlWorkbench {

    private static final Set<Integer> NUMERIC = Set.of(Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT,
            Types.REAL, Types.FLOAT, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL);

    private final ObjectProvider<AnalystDatabase> analyst;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final int timeoutMillis;
    private final int rowLimit;

    AnalystQueries(ObjectProvider<AnalystDatabase> analyst, JdbcClient jdbc, AuditLog audit,
                   @Value("${tinhso.hub.sql.timeout-ms:10000}") int timeoutMillis,
                   @Value("${tinhso.hub.sql.row-limit:10000}") int rowLimit) {
        this.analyst = analyst;
        this.jdbc = jdbc;
        this.audit = audit;
        this.timeoutMillis = timeoutMillis;
        this.rowLimit = rowLimit;
    }

    @Override
    public SqlResult run(String actor, String sql) {
        AnalystDatabase database = analyst.getIfAvailable();
        if (database == null) {
            return SqlResult.failed("not-configured", "The analyst role is not configured (docs/operations.md)");
        }
        audit.record(new AuditEntry(actor, "hub.sql.run", "analytics_views", null, null, sql));
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set transaction read only");
                s.execute("set local statement_timeout = " + timeoutMillis);
                // A second guard, from this side, should the query itself turn the server's timeout off.
                s.setQueryTimeout(Math.max(1, timeoutMillis / 1000 + 2));
                s.setMaxRows(rowLimit + 1);
                return s.execute(sql) ? read(s.getResultSet()) : SqlResult.failed("no-rows", "The statement returned no rows");
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            return SqlResult.failed(e.getSQLState(), e.getMessage());
        }
    }

    private SqlResult read(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<SqlResult.Column> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(new SqlResult.Column(meta.getColumnLabel(i), NUMERIC.contains(meta.getColumnType(i))));
        }
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        while (rs.next()) {
            if (rows.size() == rowLimit) {
                truncated = true;
                break;
            }
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                Object value = rs.getObject(i);
                row.add(value == null || value instanceof Number || value instanceof Boolean ? value : value.toString());
            }
            rows.add(row);
        }
        return new SqlResult(columns, rows, truncated, rowLimit, null, null);
    }

    @Override
    public List<SavedQuery> visibleTo(String actor) {
        return jdbc.sql("select id, title, sql, owner, shared, saved_at from hub.saved_query where owner = ? or shared order by title, id")
                .param(actor).query(SavedQuery.class).list();
    }

    @Override
    public SavedQuery save(String actor, String title, String sql, boolean shared) {
        return jdbc.sql("insert into hub.saved_query (title, sql, owner, shared) values (?, ?, ?, ?) "
                        + "returning id, title, sql, owner, shared, saved_at")
                .params(title, sql, actor, shared).query(SavedQuery.class).single();
    }
}
