package vn.tinhso.catalog.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.springframework.stereotype.Component;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.catalog.internal.RawTable.RawRow;
import vn.tinhso.platform.CsvReader;

/**
 * Opens CSV (UTF-8, with or without BOM, comma or semicolon), XLSX, JSON and GeoJSON files as {@link RowSource}s that
 * stream their rows: a CSV line, a sheet row or a JSON item at a time, within {@link ImportLimits}.
 */
@Component
class TableReader {

    private final JsonMapper json;

    TableReader(JsonMapper json) {
        this.json = json;
    }

    RowSource open(String fileName, Path file, ImportLimits limits) {
        String name = fileName.toLowerCase(Locale.ROOT);
        byte[] head = head(file);
        if (isZip(head) || name.endsWith(".xlsx")) {
            return new Xlsx(file, limits);
        }
        if (name.endsWith(".xls")) {
            throw new UnreadableFile("Old Excel files (.xls) are not read: save the sheet as .xlsx or CSV UTF-8.", "catalog.problem.oldExcel");
        }
        String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (name.endsWith(".json") || name.endsWith(".geojson") || start.startsWith("{") || start.startsWith("[")) {
            return new Json(file, limits);
        }
        return new Csv(file, limits);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4096);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    static UnreadableFile tooManyColumns(int limit) {
        return new UnreadableFile("The file has more than " + limit + " columns; a file of this kind needs far fewer."
                + " Remove the columns that are not part of the import.", "catalog.problem.tooManyColumns", limit);
    }

    static UnreadableFile recordTooLong(long line, int limit) {
        return new UnreadableFile("Line " + line + " is longer than " + limit + " characters; is a quote left open?",
                "catalog.problem.recordTooLong", line, limit);
    }

    static UnreadableFile cellTooLong(long line, int limit) {
        return new UnreadableFile("A cell on line " + line + " is longer than " + limit + " characters.",
                "catalog.problem.cellTooLong", line, limit);
    }

    /** CSV read through a UTF-8 check; the delimiter is the one the header line uses most. */
    private static final class Csv implements RowSource {

        private final Path file;
        private final ImportLimits limits;
        private Utf8Stream bytes;
        private List<String> headers;
        private char delimiter;

        Csv(Path file, ImportLimits limits) {
            this.file = file;
            this.limits = limits;
        }

        @Override
        public String format() {
            headers();
            return delimiter == ';' ? "CSV (;)" : "CSV";
        }

        @Override
        public List<String> headers() {
            if (headers == null) {
                read(header -> { }, true);
            }
            return headers;
        }

        @Override
        public void rows(Consumer<RawRow> each) {
            read(each, false);
        }

        @Override
        public long bytesRead() {
            return bytes == null ? 0 : bytes.bytesRead();
        }

        private void read(Consumer<RawRow> each, boolean headerOnly) {
            bytes = new Utf8Stream(new BufferedInputStream(open(file), 1 << 16));
            try (BufferedReader text = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16)) {
                text.mark(limits.maxRecordChars() + 2);
                StringBuilder first = new StringBuilder();
                for (int c = text.read(); c != -1 && c != '\n' && first.length() <= limits.maxRecordChars(); c = text.read()) {
                    first.append((char) c);
                }
                text.reset();
                delimiter = CsvReader.detectDelimiter(first.toString());
                CsvReader csv = new CsvReader(text, delimiter, limits.maxColumns() + 1, limits.maxRecordChars());
                CsvReader.Row header = csv.next();
                if (header == null) {
                    throw new UnreadableFile("The file is empty.", "catalog.problem.emptyFile");
                }
                if (header.fields().size() > limits.maxColumns()) {
                    throw tooManyColumns(limits.maxColumns());
                }
                checkCells(header);
                headers = header.fields();
                if (headerOnly) {
                    return;
                }
                for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                    if (!row.fields().stream().allMatch(String::isBlank)) {
                        checkCells(row);
                        each.accept(new RawRow(row.line(), row.fields()));
                    }
                }
            } catch (CsvReader.LimitExceeded e) {
                throw e.fields() ? tooManyColumns(limits.maxColumns()) : recordTooLong(e.line(), limits.maxRecordChars());
            } catch (IOException e) {
                throw new UnreadableFile("The CSV cannot be read: " + e.getMessage(), "catalog.problem.badCsv", e.getMessage());
            }
        }

        private void checkCells(CsvReader.Row row) {
            for (String field : row.fields()) {
                if (field.length() > limits.maxCellChars()) {
                    throw cellTooLong(row.line(), limits.maxCellChars());
                }
            }
        }
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first sheet read as SAX events, one row at a time. The header is the first row with a value; cells right of
     * the header are ignored, so a stray cell in column XFD does not widen every row.
     */
    private static final class Xlsx implements RowSource {

        private final Path file;
        private final ImportLimits limits;
        private List<String> headers;

        Xlsx(Path file, ImportLimits limits) {
            this.file = file;
            this.limits = limits;
        }

        @Override
        public String format() {
            return "XLSX";
        }

        @Override
        public List<String> headers() {
            if (headers == null) {
                read(row -> { }, true);
            }
            return headers;
        }

        @Override
        public void rows(Consumer<RawRow> each) {
            headers();
            read(each, false);
        }

        @Override
        public long bytesRead() {
            return 0;
        }

        private void read(Consumer<RawRow> each, boolean headerOnly) {
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                StylesTable styles = reader.getStylesTable();
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new UnreadableFile("The first sheet is empty.", "catalog.problem.emptySheet");
                }
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new SheetHandler(strings, styles, each, headerOnly));
                    parser.parse(new InputSource(sheet));
                } catch (HeaderRead done) {
                    // the header was all this pass wanted
                }
                if (headers == null) {
                    throw new UnreadableFile("The first sheet is empty.", "catalog.problem.emptySheet");
                }
            } catch (UnreadableFile e) {
                throw e;
            } catch (Exception e) {
                throw new UnreadableFile("The spreadsheet cannot be read as XLSX: " + e.getMessage(), "catalog.problem.badXlsx", e.getMessage());
            }
        }

        private static final class HeaderRead extends RuntimeException {
            HeaderRead() {
                super(null, null, false, false);
            }
        }

        /** Cells as the text a CSV export of them would hold, so XLSX and CSV of the same table read alike. */
        private final class SheetHandler extends DefaultHandler {

            private final ReadOnlySharedStringsTable strings;
            private final StylesTable styles;
            private final Consumer<RawRow> each;
            private final boolean headerOnly;
            private final Map<Integer, String> cells = new HashMap<>();
            private final StringBuilder value = new StringBuilder();
            private int rowNumber;
            private int column;
            private String type;
            private String style;
            private boolean inValue;
            private boolean headerSeen;

            SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, Consumer<RawRow> each, boolean headerOnly) {
                this.strings = strings;
                this.styles = styles;
                this.each = each;
                this.headerOnly = headerOnly;
            }

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                switch (localName) {
                    case "row" -> {
                        String r = attributes.getValue("r");
                        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                        cells.clear();
                        column = -1;
                    }
                    case "c" -> {
                        String ref = attributes.getValue("r");
                        column = ref == null ? column + 1 : new CellReference(ref).getCol();
                        type = attributes.getValue("t");
                        style = attributes.getValue("s");
                        value.setLength(0);
                    }
                    case "v", "t" -> inValue = true;
                    default -> { }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inValue) {
                    if (value.length() + length > limits.maxCellChars()) {
                        throw cellTooLong(rowNumber, limits.maxCellChars());
                    }
                    value.append(ch, start, length);
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                switch (localName) {
                    case "v", "t" -> inValue = false;
                    case "c" -> cell();
                    case "row" -> row();
                    default -> { }
                }
            }

            private void cell() {
                String text = text();
                if (text.isBlank()) {
                    return;
                }
                if (!headerSeen) {
                    if (column >= limits.maxColumns()) {
                        throw tooManyColumns(limits.maxColumns());
                    }
                    cells.put(column, text);
                } else if (column < headers.size()) {
                    cells.put(column, text);
                }
            }

            private String text() {
                String raw = value.toString();
                if (type == null || type.equals("n")) {
                    if (raw.isEmpty()) {
                        return "";
                    }
                    double number = Double.parseDouble(raw);
                    if (style != null) {
                        XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
                        if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                                && DateUtil.isValidExcelDate(number)) {
                            return DateUtil.getLocalDateTime(number).toLocalDate().toString();
                        }
                    }
                    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
                }
                return switch (type) {
                    case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
                    case "b" -> "1".equals(raw) ? "true" : "false";
                    case "e" -> "";
                    default -> raw;
                };
            }

            private void row() {
                if (!headerSeen) {
                    if (cells.isEmpty()) {
                        return;
                    }
                    int width = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
                    List<String> header = new ArrayList<>(width);
                    for (int c = 0; c < width; c++) {
                        header.add(cells.getOrDefault(c, ""));
                    }
                    headers = header;
                    headerSeen = true;
                    if (headerOnly) {
                        throw new HeaderRead();
                    }
                    return;
                }
                if (cells.isEmpty()) {
                    return;
                }
                List<String> values = new ArrayList<>(headers.size());
                for (int c = 0; c < headers.size(); c++) {
                    values.add(cells.getOrDefault(c, ""));
                }
                each.accept(new RawRow(rowNumber, values));
            }
        }
    }

    /**
     * An array of objects, {"rows": [...]}, or a GeoJSON FeatureCollection, read with Jackson's streaming parser. A
     * first pass gathers the keys (the header), refusing a file with more keys than columns allowed; the second pass
     * gives each item as a row whose line is the physical line where the item starts.
     */
    private final class Json implements RowSource {

        private static final List<String> POINT_COLUMNS = List.of("latitude", "longitude", "geometry");

        private final Path file;
        private final ImportLimits limits;
        private Utf8Stream bytes;
        private List<String> headers;
        private boolean features;

        Json(Path file, ImportLimits limits) {
            this.file = file;
            this.limits = limits;
        }

        @Override
        public String format() {
            headers();
            return features ? "GeoJSON" : "JSON";
        }

        @Override
        public long bytesRead() {
            return bytes == null ? 0 : bytes.bytesRead();
        }

        @Override
        public List<String> headers() {
            if (headers == null) {
                Set<String> keys = new LinkedHashSet<>();
                pass(parser -> {
                    if (parser.currentToken() != JsonToken.START_OBJECT) {
                        parser.skipChildren();
                        return;
                    }
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        String name = parser.currentName();
                        JsonToken value = parser.nextToken();
                        if (!features) {
                            addKey(keys, name);
                        } else if (name.equals("properties") && value == JsonToken.START_OBJECT) {
                            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                                addKey(keys, parser.currentName());
                                parser.nextToken();
                                parser.skipChildren();
                            }
                            continue;
                        }
                        parser.skipChildren();
                    }
                });
                if (features) {
                    keys.addAll(POINT_COLUMNS);
                }
                headers = List.copyOf(keys);
            }
            return headers;
        }

        private void addKey(Set<String> keys, String name) {
            if (keys.add(name) && keys.size() > limits.maxColumns()) {
                throw tooManyColumns(limits.maxColumns());
            }
        }

        @Override
        public void rows(Consumer<RawRow> each) {
            List<String> columns = headers();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                index.put(columns.get(i), i);
            }
            pass(parser -> {
                int line = parser.currentTokenLocation().getLineNr();
                String[] values = new String[columns.size()];
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                } else if (features) {
                    feature(parser, index, values, line);
                } else {
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        Integer at = index.get(parser.currentName());
                        parser.nextToken();
                        put(values, at, value(parser), line);
                    }
                }
                List<String> row = new ArrayList<>(values.length);
                for (String v : values) {
                    row.add(v == null ? "" : v);
                }
                each.accept(new RawRow(line, row));
            });
        }

        private void feature(JsonParser parser, Map<String, Integer> index, String[] values, int line) {
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if (name.equals("properties") && token == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        Integer at = index.get(parser.currentName());
                        parser.nextToken();
                        put(values, at, value(parser), line);
                    }
                } else if (name.equals("geometry") && token == JsonToken.START_OBJECT) {
                    JsonNode geometry = parser.readValueAsTree();
                    String text = json.writeValueAsString(geometry);
                    boolean point = "Point".equals(geometry.path("type").asString(""));
                    putIfAbsent(values, index.get("geometry"), text, line);
                    if (point) {
                        putIfAbsent(values, index.get("latitude"), scalar(geometry.path("coordinates").get(1)), line);
                        putIfAbsent(values, index.get("longitude"), scalar(geometry.path("coordinates").get(0)), line);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }

        private void put(String[] values, Integer at, String value, int line) {
            if (value.length() > limits.maxCellChars()) {
                throw cellTooLong(line, limits.maxCellChars());
            }
            if (at != null) {
                values[at] = value;
            }
        }

        /** A feature's own property of the same name wins over the value taken from its geometry. */
        private void putIfAbsent(String[] values, Integer at, String value, int line) {
            if (at != null && values[at] == null) {
                put(values, at, value, line);
            }
        }

        private String value(JsonParser parser) {
            return switch (parser.currentToken()) {
                case VALUE_NULL -> "";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue().stripTrailingZeros().toPlainString();
                case VALUE_STRING, VALUE_TRUE, VALUE_FALSE -> parser.getString();
                default -> json.writeValueAsString(parser.<JsonNode>readValueAsTree());
            };
        }

        private String scalar(JsonNode node) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return "";
            }
            return node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.asString();
        }

        /** Runs {@code item} at the start of each item of the file's list of rows or features. */
        private void pass(Consumer<JsonParser> item) {
            bytes = new Utf8Stream(new BufferedInputStream(open(file), 1 << 16));
            try (JsonParser parser = json.createParser(bytes)) {
                JsonToken root = parser.nextToken();
                boolean found = false;
                String type = null;
                if (root == JsonToken.START_ARRAY) {
                    found = true;
                    items(parser, item);
                } else if (root == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        String name = parser.currentName();
                        JsonToken value = parser.nextToken();
                        if (!found && value == JsonToken.START_ARRAY && (name.equals("rows") || name.equals("features"))) {
                            found = true;
                            features = name.equals("features");
                            items(parser, item);
                        } else if (name.equals("type") && value == JsonToken.VALUE_STRING) {
                            type = parser.getString();
                        } else {
                            parser.skipChildren();
                        }
                    }
                }
                if (!found || (features && !"FeatureCollection".equals(type))) {
                    throw new UnreadableFile("The JSON must be an array of objects, {\"rows\": [...]}, or a GeoJSON FeatureCollection.",
                            "catalog.problem.jsonShape");
                }
            } catch (JacksonException e) {
                String reason = e.getOriginalMessage() + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")");
                throw new UnreadableFile("The JSON cannot be read: " + reason, "catalog.problem.badJson", reason);
            }
        }

        private void items(JsonParser parser, Consumer<JsonParser> item) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() == null) {
                    throw new UnreadableFile("The JSON ends before its list of rows is closed.", "catalog.problem.badJson", "unexpected end");
                }
                item.accept(parser);
            }
        }
    }
}
