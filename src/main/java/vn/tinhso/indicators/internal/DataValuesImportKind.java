package vn.tinhso.indicators.internal;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.indicators.DataElement;
import vn.tinhso.indicators.DataValue;
import vn.tinhso.indicators.DataValues;
import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.ValueStatus;
import vn.tinhso.territory.Territory;

/**
 * Data values keyed by codes: the CSV/XLSX template ({@code element,unit,period,value,disaggregation,status}),
 * DHIS2 {@code dataValueSets} JSON and ADX XML. Disaggregations are written {@code category=option;…}.
 */
@Component
class DataValuesImportKind implements ImportKind {

    static final String CODE = "indicators.data-values";
    private static final List<String> ADX_GROUP_ATTRIBUTES = List.of("orgUnit", "period", "dataSet", "completeDate", "comment");

    /** Retire the stored values at the other level of a subtree instead of refusing the file (see {@link LevelOverlaps}). */
    static final String REPLACE_OTHER_LEVEL = "replaceOtherLevel";

    private final PackCatalog catalog;
    private final Territory territory;
    private final DataValues values;
    private final LevelOverlaps overlaps;

    DataValuesImportKind(PackCatalog catalog, Territory territory, DataValues values, LevelOverlaps overlaps) {
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
        return List.of(
                ColumnSpec.required("element", ColumnType.TEXT, "dataElement", "data_element", "ma_chi_tieu"),
                ColumnSpec.required("unit", ColumnType.TEXT, "orgUnit", "ou", "unit_code", "ma_don_vi"),
                ColumnSpec.required("period", ColumnType.TEXT, "pe", "ky"),
                ColumnSpec.required("value", ColumnType.DECIMAL, "gia_tri"),
                ColumnSpec.optional("disaggregation", ColumnType.TEXT, "categoryOptionCombo", "disagg", "phan_to"),
                ColumnSpec.optional("status", ColumnType.TEXT, "trang_thai"));
    }

    @Override
    public List<String> uniqueKey() {
        return List.of("element", "disaggregation", "unit", "period");
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        String code = row.text("element");
        Optional<DataElement> element = code == null ? Optional.empty() : catalog.element(code);
        if (element.isEmpty()) problems.accept(RowProblem.of(row.line(), "element", "ind.import.problem.noElement", code));
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
        if (period != null && (unit == null || territory.unit(unit, period.end()).isEmpty()))
            problems.accept(RowProblem.of(row.line(), "unit", "ind.import.problem.noUnit", unit, period.end()));
        try {
            java.math.BigDecimal value = row.decimal("value");
            if (value == null) problems.accept(RowProblem.of(row.line(), "value", "ind.import.problem.valueRequired"));
            else element.ifPresent(e -> DomainCheck.check(e, row.line(), value, problems));
        } catch (NumberFormatException e) {
            problems.accept(RowProblem.of(row.line(), "value", "ind.import.problem.notANumber", row.text("value")));
        }
        String status = row.text("status");
        if (status != null && List.of(ValueStatus.values()).stream().noneMatch(s -> s.name().equalsIgnoreCase(status)))
            problems.accept(RowProblem.of(row.line(), "status", "ind.import.problem.status"));
        element.ifPresent(e -> {
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

    @Override
    public List<ImportRow> parseSpecial(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase();
        String head = new String(content, 0, Math.min(content.length, 512), java.nio.charset.StandardCharsets.UTF_8).trim();
        if (name.endsWith(".json") && head.startsWith("{")) return dataValueSets(content);
        if ((name.endsWith(".xml") || name.endsWith(".adx")) && head.contains("adx")) return adx(content);
        return null;
    }

    @Override
    public Set<String> options() {
        return Set.of(REPLACE_OTHER_LEVEL);
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        write(rows, datasetVersionId, Set.of());
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId, Set<String> options) {
        List<DataValue> batch = new ArrayList<>(rows.size());
        Map<List<String>, Integer> lineOf = new HashMap<>();
        Map<List<String>, Integer> lineOfUnit = new HashMap<>();
        for (ImportRow r : rows) {
            String status = r.text("status");
            DataValue value = new DataValue(r.text("element"), canonical(disaggregation(r.text("disaggregation"))), r.text("unit"),
                    Period.parse(r.text("period")).code(), r.decimal("value"),
                    status == null ? ValueStatus.OFFICIAL : ValueStatus.valueOf(status.toUpperCase()));
            // The file's unique-key check compares the text as written (202406 vs 2024-06); the store would keep only one of them.
            Integer first = lineOf.putIfAbsent(List.of(value.element(), value.disaggregation(), value.unit(), value.period()), r.line());
            if (first != null)
                throw new IllegalArgumentException("lines " + first + " and " + r.line() + " both give " + value.element() + " for "
                        + value.unit() + " in " + value.period() + (value.disaggregation().isEmpty() ? "" : " (" + value.disaggregation() + ")")
                        + "; keep one of them");
            lineOfUnit.putIfAbsent(List.of(value.element(), value.unit(), value.period()), r.line());
            batch.add(value);
        }
        Instant now = Instant.now();
        overlaps.enforce(batch, lineOfUnit, options.contains(REPLACE_OTHER_LEVEL), now);
        values.write(batch, datasetVersionId, now);
    }

    /** {@code {"dataValues": [{"dataElement", "period", "orgUnit", "categoryOptionCombo", "value"}]}}, period and orgUnit may sit on the set. */
    static List<ImportRow> dataValueSets(byte[] content) {
        JsonNode root = JsonMapper.builder().build().readTree(content);
        JsonNode list = root.get("dataValues");
        if (list == null || !list.isArray()) return null;
        List<ImportRow> rows = new ArrayList<>();
        int item = 0;
        for (JsonNode v : list) {
            item++;
            Map<String, String> values = new LinkedHashMap<>();
            values.put("element", text(v, "dataElement", root));
            values.put("unit", text(v, "orgUnit", root));
            values.put("period", text(v, "period", root));
            values.put("value", text(v, "value", null));
            String combo = text(v, "categoryOptionCombo", null);
            // DHIS2 writes a combo UID; only "category=option" combos carry meaning here.
            values.put("disaggregation", combo != null && combo.contains("=") ? combo : null);
            values.put("status", text(v, "status", null));
            rows.add(new ImportRow(item, values));
        }
        return rows;
    }

    private static String text(JsonNode node, String field, JsonNode fallback) {
        JsonNode v = node.get(field);
        if ((v == null || v.isNull()) && fallback != null) v = fallback.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** ADX: {@code <group orgUnit period="2024-09-01/P1M"><dataValue dataElement value sex="female"/></group>}; other attributes are disaggregations. */
    static List<ImportRow> adx(byte[] content) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a readable ADX file: " + e.getMessage(), e);
        }
        List<ImportRow> rows = new ArrayList<>();
        NodeList groups = document.getElementsByTagNameNS("*", "group");
        int item = 0;
        for (int g = 0; g < groups.getLength(); g++) {
            Element group = (Element) groups.item(g);
            Map<String, String> groupDimensions = new TreeMap<>();
            attributes(group).forEach((k, v) -> {
                if (!ADX_GROUP_ATTRIBUTES.contains(k)) groupDimensions.put(k, v);
            });
            NodeList children = group.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node n = children.item(i);
                if (n.getNodeType() != Node.ELEMENT_NODE || !"dataValue".equals(n.getLocalName())) continue;
                item++;
                Map<String, String> dimensions = new TreeMap<>(groupDimensions);
                Map<String, String> attrs = attributes((Element) n);
                attrs.forEach((k, v) -> {
                    if (!k.equals("dataElement") && !k.equals("value")) dimensions.put(k, v);
                });
                Map<String, String> values = new LinkedHashMap<>();
                values.put("element", attrs.get("dataElement"));
                values.put("unit", group.getAttribute("orgUnit"));
                values.put("period", group.getAttribute("period"));
                values.put("value", attrs.get("value"));
                values.put("disaggregation", canonical(dimensions));
                rows.add(new ImportRow(item, values));
            }
        }
        return rows;
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> map = new LinkedHashMap<>();
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            String name = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
            if (!name.startsWith("xmlns") && a.getNamespaceURI() == null) map.put(name, a.getNodeValue());
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
