package vn.tinhso.indicators.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportChanges;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.indicators.DataElement;
import vn.tinhso.indicators.DataValue;
import vn.tinhso.indicators.DataValues;
import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.ValueProvenance;
import vn.tinhso.indicators.ValueStatus;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;
import vn.tinhso.territory.UnitsChanged;

/**
 * Data values keyed by codes: the CSV/XLSX template ({@code element,unit,period,value,disaggregation,status}),
 * DHIS2 {@code dataValueSets} JSON and ADX XML. Disaggregations are written {@code category=option;…}.
 */
@Component
class DataValuesImportKind implements ImportKind {

    static final String CODE = "indicators.data-values";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> ADX_GROUP_ATTRIBUTES = List.of("orgUnit", "period", "dataSet", "completeDate", "comment", "status");

    /** Retire the stored values at the other level of a subtree instead of refusing the file (see {@link LevelOverlaps}). */
    static final String REPLACE_OTHER_LEVEL = "replaceOtherLevel";

    private final PackCatalog catalog;
    private final Territory territory;
    private final DataValues values;
    private final LevelOverlaps overlaps;
    private final ExternalIds externalIds;
    private final Map<String, List<AdminUnit>> knownUnits = new ConcurrentHashMap<>();
    /** Units asked for on a date when they did not exist: a file naming a wrong unit in every row asks once per date. */
    private final Map<String, Boolean> missingUnits = new ConcurrentHashMap<>();

    DataValuesImportKind(PackCatalog catalog, Territory territory, DataValues values, LevelOverlaps overlaps, ExternalIds externalIds) {
        this.externalIds = externalIds;
        this.catalog = catalog;
        this.territory = territory;
        this.values = values;
        this.overlaps = overlaps;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultDataset() {
        return "indicators.data-values";
    }

    @Override
    public List<ColumnSpec> columns() {
        return COLUMNS;
    }

    private static final List<ColumnSpec> COLUMNS = List.of(
            ColumnSpec.required("element", ColumnType.TEXT, "dataElement", "data_element", "ma_chi_tieu"),
            ColumnSpec.required("unit", ColumnType.TEXT, "orgUnit", "ou", "unit_code", "ma_don_vi"),
            ColumnSpec.required("period", ColumnType.TEXT, "pe", "ky"),
            ColumnSpec.required("value", ColumnType.DECIMAL, "gia_tri"),
            ColumnSpec.optional("disaggregation", ColumnType.TEXT, "categoryOptionCombo", "disagg", "phan_to"),
            ColumnSpec.optional("status", ColumnType.TEXT, "trang_thai"),
            ColumnSpec.optional("stored_by", ColumnType.TEXT, "storedBy", "nguoi_nhap"),
            ColumnSpec.optional("created", ColumnType.TEXT),
            ColumnSpec.optional("last_updated", ColumnType.TEXT, "lastUpdated"),
            ColumnSpec.optional("comment", ColumnType.TEXT, "ghi_chu"),
            ColumnSpec.optional("followup", ColumnType.TEXT));

    /** A value of the first element for the first unit, last month: a row the checks accept. */
    @Override
    public Map<String, String> exampleRow() {
        List<AdminUnit> units = territory.units(LocalDate.now(), null, null);
        if (catalog.elements().isEmpty() || units.isEmpty()) return Map.of();
        Map<String, String> example = new java.util.LinkedHashMap<>();
        example.put("element", catalog.elements().get(0).code());
        example.put("unit", units.get(0).code());
        example.put("period", Period.month(java.time.YearMonth.now().minusMonths(1).getYear(), java.time.YearMonth.now().minusMonths(1).getMonthValue()).code());
        example.put("value", "100");
        return example;
    }

    /** The elements with their names and units, today's units, and the ways of writing a period. */
    @Override
    public Map<String, List<String>> validCodes() {
        Map<String, List<String>> codes = new java.util.LinkedHashMap<>();
        codes.put("element", catalog.elements().stream().map(e -> e.code() + " — " + e.name().vi() + " (" + e.unit() + ")").toList());
        codes.put("unit", territory.units(LocalDate.now(), null, null).stream().map(u -> u.code() + " — " + u.name() + " (" + u.level() + ")").toList());
        codes.put("period", List.of("2024 — năm / year", "2024Q3 — quý / quarter", "202409 — tháng / month", "2024S1 — 6 tháng / half-year",
                "2024Y9M — 9 tháng đầu năm / first nine months"));
        return codes;
    }

    /** Its checks read the packs and the territory, never the values: rows are checked while earlier ones are written. */
    @Override
    public boolean checksIndependentOfWrites() {
        return true;
    }

    @Override
    public List<String> uniqueKey() {
        return List.of("element", "disaggregation", "unit", "period");
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        String code = row.text("element");
        Optional<DataElement> element = code == null ? Optional.empty() : catalog.element(code);
        if (element.isEmpty()) problems.accept(RowProblem.of(row.line(), "element", "ind.import.problem.noElement", code, MAPPING_PAGE));
        Period period = null;
        try {
            period = Period.parse(row.text("period"));
        } catch (IllegalArgumentException e) {
            // Period explains in English what is wrong; pages in other languages give the general rule.
            String text = row.text("period");
            problems.accept(text == null
                    ? new RowProblem(row.line(), "period", e.getMessage(), "ind.import.problem.periodRequired", List.of())
                    : new RowProblem(row.line(), "period", e.getMessage(), "ind.import.problem.notAPeriod", List.of(text)));
        }
        String unit = row.text("unit");
        if (period != null && (unit == null || !unitExists(unit, period.end())))
            problems.accept(RowProblem.of(row.line(), "unit", "ind.import.problem.noUnit", unit, period.end(), MAPPING_PAGE));
        try {
            java.math.BigDecimal value = row.decimal("value");
            if (value == null) problems.accept(RowProblem.of(row.line(), "value", "ind.import.problem.valueRequired"));
            else element.ifPresent(e -> DomainCheck.check(e, row.line(), value, problems));
        } catch (NumberFormatException e) {
            problems.accept(RowProblem.of(row.line(), "value", "ind.import.problem.notANumber", row.text("value")));
        }
        String status = row.text("status");
        if (status != null && ValueStatus.of(status).isEmpty())
            problems.accept(RowProblem.of(row.line(), "status", "ind.import.problem.status", status, MAPPING_PAGE));
        for (String column : List.of("created", "last_updated")) {
            if (row.text(column) != null && SourceTimes.parse(row.text(column)) == null)
                problems.accept(RowProblem.of(row.line(), column, "ind.import.problem.notATime", row.text(column)));
        }
        String followup = row.text("followup");
        if (followup != null && !followup.equalsIgnoreCase("true") && !followup.equalsIgnoreCase("false"))
            problems.accept(RowProblem.of(row.line(), "followup", "ind.import.problem.followup", followup));
        String written = row.text("disaggregation");
        List<String> untranslated = written == null ? List.of() : java.util.Arrays.stream(written.split(";"))
                .map(String::trim).filter(p -> !p.isEmpty() && !p.contains("=")).toList();
        untranslated.forEach(combo -> problems.accept(RowProblem.of(row.line(), "disaggregation", "ind.import.problem.unmappedCombo", combo, MAPPING_PAGE)));
        if (untranslated.isEmpty()) element.ifPresent(e -> {
            try {
                for (Map.Entry<String, String> pair : disaggregation(row.text("disaggregation")).entrySet()) {
                    List<String> options = e.categories().get(pair.getKey());
                    if (options == null || !options.contains(pair.getValue()))
                        problems.accept(e.categories().isEmpty()
                                ? RowProblem.of(row.line(), "disaggregation", "ind.import.problem.noDisaggregations",
                                        e.code(), pair.getKey(), pair.getValue())
                                : RowProblem.of(row.line(), "disaggregation", "ind.import.problem.noOption",
                                        e.code(), pair.getKey(), pair.getValue(), e.categories()));
                }
            } catch (IllegalArgumentException ex) {
                problems.accept(new RowProblem(row.line(), "disaggregation", ex.getMessage(),
                        "ind.import.problem.badDisaggregation", List.of(row.text("disaggregation"))));
            }
        });
    }

    /**
     * Whether the unit existed at the date. A file of millions of values names a few hundred units over many periods,
     * and asking the territory for each row would be its slowest step: each answer's validity interval is remembered,
     * so a unit costs one query for all the dates it covers. Forgotten when units change.
     */
    private boolean unitExists(String unit, LocalDate date) {
        if (knownUnits.size() > 100_000) knownUnits.clear();
        if (missingUnits.size() > 100_000) missingUnits.clear();
        List<AdminUnit> known = knownUnits.computeIfAbsent(unit, code -> new java.util.concurrent.CopyOnWriteArrayList<>());
        for (AdminUnit u : known) {
            if (!u.validFrom().isAfter(date) && (u.validTo() == null || u.validTo().isAfter(date))) return true;
        }
        String missing = unit + "@" + date;
        if (missingUnits.containsKey(missing)) return false;
        Optional<AdminUnit> found = territory.unit(unit, date);
        found.ifPresentOrElse(known::add, () -> missingUnits.put(missing, Boolean.TRUE));
        return found.isPresent();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(UnitsChanged event) {
        knownUnits.clear();
        missingUnits.clear();
    }

    @Override
    public Stream<ImportRow> parseSpecial(String fileName, Path file) {
        String name = fileName == null ? "" : fileName.toLowerCase();
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(512), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (name.endsWith(".json") && head.startsWith("{")) return dataValueSets(file);
        if ((name.endsWith(".xml") || name.endsWith(".adx")) && head.contains("adx")) return adx(file);
        return null;
    }

    /** The raw-values page filtered to the version. */
    @Override
    public String dataLink(long datasetVersionId) {
        return "/indicators/values?version=" + datasetVersionId;
    }

    /** Where a steward maps another system's codes to ours; row errors about unknown codes point there. */
    static final String MAPPING_PAGE = "/indicators/mappings";

    /**
     * DHIS2 JSON and ADX with the source's identifiers translated ({@link ExternalIds}); the identifiers nothing
     * translates are noted for the mapping page when the file has been read.
     */
    @Override
    public Stream<ImportRow> parseSpecial(String fileName, Path file, vn.tinhso.catalog.ImportRequest request) {
        Stream<ImportRow> rows = parseSpecial(fileName, file);
        if (rows == null) return null;
        ExternalIds.Translation translation = externalIds.forImport(request.source(), ExternalIds.valued(request.options()));
        return rows.map(translation::translate).onClose(translation::noteUnmapped);
    }

    @Override
    public Set<String> options() {
        return Set.of(REPLACE_OTHER_LEVEL, ExternalIds.ID_SCHEME + "=", ExternalIds.ELEMENT_SCHEME + "=", ExternalIds.UNIT_SCHEME + "=");
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        write(rows, datasetVersionId, Set.of());
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId, Set<String> options) {
        writeCounting(rows, datasetVersionId, options);
    }

    @Override
    public ImportChanges writeCounting(List<ImportRow> rows, long datasetVersionId, Set<String> options) {
        List<DataValue> batch = new ArrayList<>(rows.size());
        Map<String, Integer> lineOf = new HashMap<>();
        Map<List<String>, Integer> lineOfUnit = new HashMap<>();
        for (ImportRow r : rows) {
            String status = r.text("status");
            DataValue value = new DataValue(r.text("element"), canonical(disaggregation(r.text("disaggregation"))), r.text("unit"),
                    Period.parse(r.text("period")).code(), r.decimal("value"),
                    ValueStatus.of(status).orElse(ValueStatus.OFFICIAL),
                    new ValueProvenance(r.text("stored_by"), SourceTimes.parse(r.text("created")), SourceTimes.parse(r.text("last_updated")),
                            r.text("comment"), r.text("followup") == null ? null : Boolean.valueOf(r.text("followup").toLowerCase())));
            // The file's unique-key check compares the text as written (202406 vs 2024-06); the store would keep only one of them.
            Integer first = lineOf.putIfAbsent(value.element() + '\u0001' + value.disaggregation() + '\u0001' + value.unit() + '\u0001'
                    + value.period(), r.line());
            if (first != null)
                throw new IllegalArgumentException("lines " + first + " and " + r.line() + " both give " + value.element() + " for "
                        + value.unit() + " in " + value.period() + (value.disaggregation().isEmpty() ? "" : " (" + value.disaggregation() + ")")
                        + "; keep one of them");
            lineOfUnit.putIfAbsent(List.of(value.element(), value.unit(), value.period()), r.line());
            batch.add(value);
        }
        Instant now = Instant.now();
        overlaps.enforce(batch, lineOfUnit, options.contains(REPLACE_OTHER_LEVEL), now);
        DataValues.Written written = values.writeCounting(batch, datasetVersionId, now);
        return new ImportChanges(written.added(), written.changed(), written.unchanged(), written.replaced().stream()
                .map(r -> new ImportChanges.Replacement(r.element() + " · " + r.unit() + " · " + r.period()
                        + (r.disaggregation().isEmpty() ? "" : " (" + r.disaggregation() + ")"),
                        r.oldValue().stripTrailingZeros().toPlainString(), r.newValue().stripTrailingZeros().toPlainString()))
                .toList());
    }

    /**
     * {@code {"dataValues": [{"dataElement", "period", "orgUnit", "categoryOptionCombo", "value"}]}}, period and orgUnit
     * may sit on the set, before or after the list. A first pass reads the set's fields (and finds a broken file), the
     * stream then reads the values one at a time, each with the line its object starts on.
     */
    static Stream<ImportRow> dataValueSets(Path file) {
        Map<String, String> set = new HashMap<>();
        boolean[] found = {false};
        json(file, parser -> {
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                if (field.equals("dataValues") && token == JsonToken.START_ARRAY) found[0] = true;
                else if (token.isScalarValue() && token != JsonToken.VALUE_NULL) set.put(field, parser.getString());
                parser.skipChildren();
            }
            return null;
        });
        if (!found[0]) return null;
        JsonParser parser = openJson(file);
        try {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && field.equals("dataValues")) break;
                parser.skipChildren();
            }
        } catch (JacksonException e) {
            parser.close();
            throw unreadable(e);
        }
        Iterator<ImportRow> rows = new Iterator<>() {
            private ImportRow next = advance();

            private ImportRow advance() {
                try {
                    JsonToken token = parser.nextToken();
                    while (token != null && token != JsonToken.END_ARRAY && token != JsonToken.START_OBJECT) {
                        parser.skipChildren();
                        token = parser.nextToken();
                    }
                    if (token != JsonToken.START_OBJECT) return null;
                    int line = parser.currentTokenLocation().getLineNr();
                    Map<String, String> v = new HashMap<>();
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        String field = parser.currentName();
                        JsonToken value = parser.nextToken();
                        if (value.isScalarValue() && value != JsonToken.VALUE_NULL) v.put(field, parser.getString());
                        parser.skipChildren();
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    values.put("element", v.getOrDefault("dataElement", set.get("dataElement")));
                    values.put("unit", v.getOrDefault("orgUnit", set.get("orgUnit")));
                    values.put("period", v.getOrDefault("period", set.get("period")));
                    values.put("value", v.get("value"));
                    String combo = v.get("categoryOptionCombo");
                    // A combo written category=option is ours; DHIS2's uids and codes go through the source's mapping.
                    values.put("disaggregation", combo != null && combo.contains("=") ? combo : null);
                    values.put("combo", combo == null || combo.contains("=") ? null : combo);
                    values.put("attributeCombo", v.getOrDefault("attributeOptionCombo", set.get("attributeOptionCombo")));
                    values.put("status", v.getOrDefault("status", set.get("status")));
                    values.put("stored_by", v.get("storedBy"));
                    values.put("created", v.get("created"));
                    values.put("last_updated", v.get("lastUpdated"));
                    values.put("comment", v.get("comment"));
                    values.put("followup", v.get("followup"));
                    for (String scheme : List.of(ExternalIds.ID_SCHEME, ExternalIds.ELEMENT_SCHEME, ExternalIds.UNIT_SCHEME))
                        if (set.containsKey(scheme)) values.put("scheme." + scheme, set.get(scheme));
                    return new ImportRow(line, values);
                } catch (JacksonException e) {
                    throw unreadable(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public ImportRow next() {
                if (next == null) throw new NoSuchElementException();
                ImportRow row = next;
                next = advance();
                return row;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false).onClose(parser::close);
    }

    private static JsonParser openJson(Path file) {
        try {
            return JSON.createParser(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T json(Path file, java.util.function.Function<JsonParser, T> read) {
        try (JsonParser parser = openJson(file)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return null;
            return read.apply(parser);
        } catch (JacksonException e) {
            throw unreadable(e);
        }
    }

    /** The reason with the line and byte where the file breaks, e.g. a sequence that is not UTF-8. */
    private static IllegalArgumentException unreadable(JacksonException e) {
        var at = e.getLocation();
        return new IllegalArgumentException((at == null ? "" : "line " + at.getLineNr() + ", byte " + at.getByteOffset() + ": ")
                + e.getOriginalMessage(), e);
    }

    /**
     * ADX: {@code <group orgUnit period="2024-09-01/P1M"><dataValue dataElement value sex="female"/></group>}; other
     * attributes are disaggregations. Read with StAX, DTDs refused; a first pass finds a broken file before any row
     * is checked, the stream then gives each data value with its line.
     */
    static Stream<ImportRow> adx(Path file) {
        try (Stream<ImportRow> all = adxRows(file)) {
            all.forEach(row -> { });
        }
        return adxRows(file);
    }

    private static Stream<ImportRow> adxRows(Path file) {
        XMLStreamReader xml;
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
            xml = factory.createXMLStreamReader(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw adxUnreadable(e);
        }
        Iterator<ImportRow> rows = new Iterator<>() {
            private Map<String, String> group = Map.of();
            private ImportRow next = advance();

            private ImportRow advance() {
                try {
                    while (xml.hasNext()) {
                        int event = xml.next();
                        if (event == XMLStreamConstants.DTD) {
                            throw new IllegalArgumentException("not a readable ADX file: a DOCTYPE is not allowed");
                        }
                        if (event != XMLStreamConstants.START_ELEMENT) continue;
                        if (xml.getLocalName().equals("group")) {
                            group = attributes(xml);
                        } else if (xml.getLocalName().equals("dataValue")) {
                            Map<String, String> attrs = attributes(xml);
                            Map<String, String> dimensions = new TreeMap<>();
                            group.forEach((k, v) -> {
                                if (!ADX_GROUP_ATTRIBUTES.contains(k)) dimensions.put(k, v);
                            });
                            attrs.forEach((k, v) -> {
                                if (!k.equals("dataElement") && !k.equals("value") && !k.equals("status")) dimensions.put(k, v);
                            });
                            Map<String, String> values = new LinkedHashMap<>();
                            values.put("element", attrs.get("dataElement"));
                            values.put("unit", group.getOrDefault("orgUnit", ""));
                            values.put("period", group.getOrDefault("period", ""));
                            values.put("value", attrs.get("value"));
                            values.put("disaggregation", canonical(dimensions));
                            values.put("status", attrs.getOrDefault("status", group.get("status")));
                            return new ImportRow(xml.getLocation().getLineNumber(), values);
                        }
                    }
                    return null;
                } catch (XMLStreamException e) {
                    throw adxUnreadable(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public ImportRow next() {
                if (next == null) throw new NoSuchElementException();
                ImportRow row = next;
                next = advance();
                return row;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false).onClose(() -> {
            try {
                xml.close();
                in.close();
            } catch (XMLStreamException | IOException e) {
                // nothing left to read
            }
        });
    }

    private static IllegalArgumentException adxUnreadable(XMLStreamException e) {
        var at = e.getLocation();
        String reason = e.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        return new IllegalArgumentException("not a readable ADX file: " + (at == null ? "" : "line " + at.getLineNumber()
                + (at.getCharacterOffset() >= 0 ? ", character " + at.getCharacterOffset() : "") + ": ") + reason, e);
    }

    private static Map<String, String> attributes(XMLStreamReader xml) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            if (namespace == null || namespace.isEmpty()) map.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return map;
    }

    static Map<String, String> disaggregation(String text) {
        Map<String, String> pairs = new TreeMap<>();
        if (text == null || text.isBlank()) return pairs;
        for (String pair : text.split(";")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank())
                throw new IllegalArgumentException("'" + pair + "' must be category=option, several joined by ';'");
            pairs.put(kv[0].trim(), kv[1].trim());
        }
        return pairs;
    }

    /** Categories in alphabetical order, so that the same disaggregation is always the same key. */
    static String canonical(Map<String, String> pairs) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(pairs).forEach((k, v) -> out.append(out.length() == 0 ? "" : ";").append(k).append('=').append(v));
        return out.toString();
    }
}
