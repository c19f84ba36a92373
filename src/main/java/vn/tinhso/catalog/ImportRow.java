package vn.tinhso.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One row of an uploaded file after its columns were matched to the kind's columns and their types
 * checked. {@code line} is the line (CSV), row number (XLSX) or item number (JSON) in the file.
 */
public record ImportRow(int line, Map<String, String> values) {

    public String text(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long integer(String column) {
        String value = text(column);
        return value == null ? null : Long.valueOf(value);
    }

    public BigDecimal decimal(String column) {
        String value = text(column);
        return value == null ? null : new BigDecimal(value);
    }

    public LocalDate date(String column) {
        String value = text(column);
        return value == null ? null : LocalDate.parse(value);
    }

    public Boolean bool(String column) {
        String value = text(column);
        return value == null ? null : Boolean.valueOf(value);
    }
}
