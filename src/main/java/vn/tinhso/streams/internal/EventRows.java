package vn.tinhso.streams.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.CharBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

import tools.jackson.databind.json.JsonMapper;

/** Rows of {@code streams.event} written with COPY, in the caller's transaction: the searchable event storage. */
final class EventRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StringBuilder csv = new StringBuilder(64 * 1024);
    /** Writes into the buffer as a quoted CSV value, so the JSON of the fields is never held as a string of its own. */
    private final Writer quoting = new Writer() {
        @Override
        public void write(char[] chars, int off, int len) {
            escaped(CharBuffer.wrap(chars), off, off + len);
        }

        @Override
        public void write(String text, int off, int len) {
            escaped(text, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            // the buffer stays open for the next row
        }
    };
    private final boolean withSequence;

    /** With sequence: the caller gives each row its log position; without, the table's sequence numbers it. */
    EventRows(boolean withSequence) {
        this.withSequence = withSequence;
    }

    EventRows add(long sequence, Instant time, String source, String format, Map<String, Object> fields, String original) {
        if (withSequence) {
            csv.append(sequence).append(',');
        }
        // Stored to the microsecond, cut rather than rounded by the server, so that the in-memory copy matches it.
        csv.append(time.truncatedTo(ChronoUnit.MICROS)).append(',');
        quote(source).append(',');
        quote(format).append(',');
        csv.append('"');
        JSON.writeValue(quoting, fields);
        csv.append('"').append(',');
        quote(original).append('\n');
        return this;
    }

    private StringBuilder quote(String value) {
        csv.append('"');
        escaped(value, 0, value.length());
        return csv.append('"');
    }

    /** Doubles the quotes and replaces NUL, which PostgreSQL text cannot hold. */
    private void escaped(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c == '\0' ? '\uFFFD' : c);
        }
    }

    void copy(DataSource dataSource) {
        String columns = withSequence ? "seq, event_time, source, format, fields, original" : "event_time, source, format, fields, original";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy streams.event (" + columns + ") from stdin (format csv)", new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not copy events: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
