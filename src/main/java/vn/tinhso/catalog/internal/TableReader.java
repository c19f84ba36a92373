package vn.tinhso.catalog.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.catalog.internal.RawTable.RawRow;
import vn.tinhso.platform.CsvReader;

/** Reads CSV (UTF-8, with or without BOM, comma or semicolon), XLSX, JSON and GeoJSON into a {@link RawTable}. */
@Component
class TableReader {

    private final JsonMapper json;

    TableReader(JsonMapper json) {
        this.json = json;
    }

    RawTable read(String fileName, byte[] content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (isZip(content) || name.endsWith(".xlsx")) {
            return xlsx(content);
        }
        if (name.endsWith(".xls")) {
            throw new UnreadableFile("Old Excel files (.xls) are not read: save the sheet as .xlsx or CSV UTF-8.", "catalog.problem.oldExcel");
        }
        String text = Utf8Check.decode(content);
        String start = text.stripLeading().replace("\uFEFF", "");
        if (name.endsWith(".json") || name.endsWith(".geojson") || start.startsWith("{") || start.startsWith("[")) {
            return json(text);
        }
        return csv(text);
    }

    private static boolean isZip(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private RawTable csv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int end = body.indexOf('\n');
        char delimiter = CsvReader.detectDelimiter(end < 0 ? body : body.substring(0, end));
        try {
            CsvReader csv = new CsvReader(new StringReader(body), delimiter);
            CsvReader.Row header = csv.next();
            if (header == null) {
                throw new UnreadableFile("The file is empty.", "catalog.problem.emptyFile");
            }
            List<RawRow> rows = new ArrayList<>();
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                if (!row.fields().stream().allMatch(String::isBlank)) {
                    rows.add(new RawRow(row.line(), row.fields()));
                }
            }
            return new RawTable(delimiter == ';' ? "CSV (;)" : "CSV", header.fields(), rows);
        } catch (IOException e) {
            throw new UnreadableFile("The CSV cannot be read: " + e.getMessage(), "catalog.problem.badCsv", e.getMessage());
        }
    }

    private RawTable xlsx(byte[] content) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw new UnreadableFile("The first sheet is empty.", "catalog.problem.emptySheet");
            }
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                headers.add(text(header.getCell(c)));
            }
            List<RawRow> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (int c = 0; c < headers.size(); c++) {
                    values.add(text(row.getCell(c)));
                }
                if (!values.stream().allMatch(String::isBlank)) {
                    rows.add(new RawRow(r + 1, values));
                }
            }
            return new RawTable("XLSX", headers, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFile unreadable) {
                throw unreadable;
            }
            throw new UnreadableFile("The spreadsheet cannot be read as XLSX: " + e.getMessage(), "catalog.problem.badXlsx", e.getMessage());
        }
    }

    /** A cell as the text a CSV export of it would hold, so XLSX and CSV of the same table read alike. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
    }

    private RawTable json(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw new UnreadableFile("The JSON cannot be read: " + e.getOriginalMessage(), "catalog.problem.badJson", e.getOriginalMessage());
        }
        if (root.isObject() && "FeatureCollection".equals(root.path("type").asString(""))) {
            return geoJson(root.path("features"));
        }
        JsonNode items = root.isArray() ? root : root.path("rows");
        if (!items.isArray()) {
            throw new UnreadableFile("The JSON must be an array of objects, {\"rows\": [...]}, or a GeoJSON FeatureCollection.",
                    "catalog.problem.jsonShape");
        }
        Set<String> headers = new LinkedHashSet<>();
        items.forEach(item -> item.propertyNames().forEach(headers::add));
        List<String> columns = List.copyOf(headers);
        List<RawRow> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode item : items) {
            number++;
            List<String> values = new ArrayList<>();
            for (String column : columns) {
                values.add(scalar(item.get(column)));
            }
            rows.add(new RawRow(number, values));
        }
        return new RawTable("JSON", columns, rows);
    }

    /** Properties become columns; a Point also gives latitude and longitude, any geometry the geometry column. */
    private RawTable geoJson(JsonNode features) {
        Set<String> headers = new LinkedHashSet<>();
        features.forEach(f -> f.path("properties").propertyNames().forEach(headers::add));
        headers.addAll(List.of("latitude", "longitude", "geometry"));
        List<String> columns = List.copyOf(headers);
        List<RawRow> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode feature : features) {
            number++;
            JsonNode geometry = feature.path("geometry");
            boolean point = "Point".equals(geometry.path("type").asString(""));
            Map<String, String> extra = Map.of(
                    "latitude", point ? scalar(geometry.path("coordinates").get(1)) : "",
                    "longitude", point ? scalar(geometry.path("coordinates").get(0)) : "",
                    "geometry", geometry.isObject() ? json.writeValueAsString(geometry) : "");
            List<String> values = new ArrayList<>();
            for (String column : columns) {
                JsonNode property = feature.path("properties").get(column);
                values.add(property != null ? scalar(property) : extra.getOrDefault(column, ""));
            }
            rows.add(new RawRow(number, values));
        }
        return new RawTable("GeoJSON", columns, rows);
    }

    private String scalar(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        return node.isValueNode() ? node.asString() : json.writeValueAsString(node);
    }
}
