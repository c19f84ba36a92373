package vn.tinhso.hub.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a database connector's query into the import file of its kind: the rows changed after the cursor, in a
 * read-only session, streamed. The password comes from the configuration ({@code tinhso.hub.jdbc.<code>.password}) or
 * else from the connector's record, and goes nowhere but to the driver.
 */
@Component
class JdbcSource {

    /** Before any change a registry can have made: the first run reads everything. */
    private static final OffsetDateTime BEGINNING = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final int FETCH = 1000;

    private record Source(String url, String user, String password, String query) {
        @Override
        public String toString() {
            return "Source[" + url + ", " + user + "]";
        }
    }

    private final JdbcClient jdbc;
    private final Environment environment;

    JdbcSource(JdbcClient jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.environment = environment;
    }

    boolean reads(String code) {
        return jdbc.sql("select source = 'jdbc' from hub.connector where code = :c").param("c", code).query(Boolean.class).optional().orElse(false);
    }

    Pulled pull(String code, String kind, Instant since, Path file, int attempts, long retryDelayMillis) throws IOException {
        Source source = jdbc.sql("select base_url, jdbc_user, jdbc_password, query from hub.connector where code = :c").param("c", code)
                .query((rs, row) -> new Source(rs.getString(1), rs.getString(2),
                        environment.getProperty("tinhso.hub.jdbc." + code + ".password", rs.getString(3) == null ? "" : rs.getString(3)),
                        rs.getString(4)))
                .single();
        for (int attempt = 1; ; attempt++) {
            try {
                return read(code, kind, source, since, file);
            } catch (SQLException e) {
                // The driver's messages name the host, the user and the SQL state, never the password.
                if (attempt >= attempts) throw new SourceUnavailable("the database answered: " + e.getMessage() + " (SQL state " + e.getSQLState() + ")");
                ConnectorService.sleep(retryDelayMillis << (attempt - 1));
            }
        }
    }

    private Pulled read(String code, String kind, Source source, Instant since, Path file) throws SQLException, IOException {
        Properties properties = new Properties();
        properties.setProperty("user", source.user());
        properties.setProperty("password", source.password());
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("ApplicationName", "TinhSo connector " + code);
        List<String> columns = List.copyOf(RegistryMappings.fieldsToColumns(kind).values());
        int records = 0, batches = 0;
        Instant newest = null;
        try (Connection connection = DriverManager.getConnection(source.url(), properties)) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false); // lets the driver stream the rows FETCH at a time
            var marks = JdbcSourceSpec.SINCE.matcher(source.query());
            int parameters = (int) marks.results().count();
            try (PreparedStatement statement = connection.prepareStatement(marks.replaceAll("?"));
                 BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                OffsetDateTime from = since == null ? BEGINNING : since.atOffset(ZoneOffset.UTC);
                for (int i = 1; i <= parameters; i++) statement.setObject(i, from);
                statement.setFetchSize(FETCH);
                out.write(String.join(",", columns));
                out.write('\n');
                try (ResultSet rs = statement.executeQuery()) {
                    Map<String, Integer> at = positions(rs.getMetaData(), columns);
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        Instant updated = null;
                        for (String column : columns) {
                            if (!line.isEmpty()) line.append(',');
                            Integer i = at.get(column);
                            if (i == null) continue;
                            String value;
                            if (column.equals("updated_at")) {
                                OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                                updated = t == null ? null : t.toInstant();
                                value = updated == null ? "" : updated.toString();
                            } else {
                                value = rs.getString(i);
                            }
                            line.append(Csv.escape(value == null ? "" : value));
                        }
                        out.write(line.append('\n').toString());
                        if (records++ % FETCH == 0) batches++;
                        if (updated != null && (newest == null || updated.isAfter(newest))) newest = updated;
                    }
                }
            }
            connection.rollback();
        }
        return new Pulled(records, batches, newest);
    }

    private static Map<String, Integer> positions(ResultSetMetaData meta, List<String> columns) throws SQLException {
        Map<String, Integer> at = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String label = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            if (columns.contains(label)) at.put(label, i);
            else unknown.add(label);
        }
        if (!at.containsKey("updated_at")) throw new SourceUnavailable("the query returns no updated_at column");
        if (at.size() == 1) throw new SourceUnavailable("the query returns none of the columns " + columns + " (it returns " + unknown + ")");
        return at;
    }
}
