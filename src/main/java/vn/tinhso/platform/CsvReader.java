package vn.tinhso.platform;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks. A leading
 * byte-order mark is skipped. Each record remembers the line it started on, for error reports.
 */
public final class CsvReader {

    private final Reader in;
    private final char delimiter;
    private int line = 1;
    private int pending = -2;
    private boolean first = true;
    private final int maxFields;
    private final int maxRecordChars;
    private int recordChars;

    public CsvReader(Reader in, char delimiter) {
        this(in, delimiter, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** A reader that stops at a record with more than {@code maxFields} fields or {@code maxRecordChars} characters. */
    public CsvReader(Reader in, char delimiter, int maxFields, int maxRecordChars) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxFields = maxFields;
        this.maxRecordChars = maxRecordChars;
    }

    /** A record went past a limit; {@code fields} tells which one, so the caller can say it without echoing the record. */
    public static final class LimitExceeded extends IOException {

        private final int line;
        private final boolean fields;

        LimitExceeded(int line, boolean fields, int limit) {
            super("line " + line + ": more than " + limit + (fields ? " fields" : " characters"));
            this.line = line;
            this.fields = fields;
        }

        public int line() {
            return line;
        }

        public boolean fields() {
            return fields;
        }
    }

    /** A record and the line of the file it starts on. */
    public record Row(int line, List<String> fields) {

        public String get(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    /** Comma unless the header line has more semicolons than commas. */
    public static char detectDelimiter(String headerLine) {
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        return semicolons > commas ? ';' : ',';
    }

    /** The next record, or null at the end of the input. */
    public Row next() throws IOException {
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\r' || c == '\n') {
            if (c == '\n') {
                line++;
            }
            c = read();
        }
        if (c == -1) {
            return null;
        }
        int startLine = line;
        recordChars = 0;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new IOException("line " + startLine + ": a quoted field is not closed");
                } else if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                if (fields.size() + 1 >= maxFields) {
                    throw new LimitExceeded(startLine, true, maxFields);
                }
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int next = read();
                    if (next != '\n') {
                        pending = next;
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return new Row(startLine, fields);
            } else {
                field.append((char) c);
            }
            if (++recordChars > maxRecordChars) {
                throw new LimitExceeded(startLine, false, maxRecordChars);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        return in.read();
    }
}
