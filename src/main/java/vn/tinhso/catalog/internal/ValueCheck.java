package vn.tinhso.catalog.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;

/**
 * Checks one cell against its column type and writes it the one way rows carry it (ISO dates,
 * plain decimals, true/false), so CSV, XLSX and JSON of the same table give the same rows.
 */
final class ValueCheck {

    private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "x", "co", "có", "đúng", "dung");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "n", "khong", "không", "sai");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");

    private ValueCheck() {
    }

    /** A cell that does not fit its column type: the message code of the reason, and its arguments. */
    static final class BadValue extends IllegalArgumentException {

        final String code;
        final Object[] args;

        BadValue(String code, Object... args) {
            super(code);
            this.code = code;
            this.args = args;
        }
    }

    /**
     * The cell itself when it fits its column: at most {@code maxLength} characters and no control character
     * but tab and line breaks (PostgreSQL refuses a NUL byte, and no name needs the others).
     */
    static String fits(ColumnSpec column, String cell) {
        if (cell.length() > column.maxLength()) {
            throw new BadValue("catalog.problem.tooLong", cell.length(), column.maxLength());
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                throw new BadValue("catalog.problem.controlCharacter", i + 1, String.format("U+%04X", (int) c));
            }
        }
        return cell;
    }

    /** The value in canonical form; throws {@link BadValue} naming the reason a user can act on. */
    static String canonical(ColumnType type, String raw, JsonMapper json) {
        String value = raw.trim();
        return switch (type) {
            case TEXT -> value;
            case INTEGER -> {
                try {
                    yield new BigDecimal(value.replace(" ", "")).toBigIntegerExact().toString();
                } catch (ArithmeticException | NumberFormatException e) {
                    throw new BadValue("catalog.problem.notWholeNumber", value);
                }
            }
            case DECIMAL -> {
                String v = value.replace(" ", "");
                if (v.matches("-?\\d+,\\d+")) {
                    v = v.replace(',', '.');
                }
                try {
                    yield new BigDecimal(v).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    throw new BadValue("catalog.problem.notNumber", value);
                }
            }
            case DATE -> {
                try {
                    yield value.contains("/") ? LocalDate.parse(value, DAY_MONTH_YEAR).toString() : LocalDate.parse(value).toString();
                } catch (DateTimeParseException e) {
                    throw new BadValue("catalog.problem.notDate", value);
                }
            }
            case BOOLEAN -> {
                String v = value.toLowerCase(Locale.ROOT);
                if (TRUE.contains(v)) {
                    yield "true";
                }
                if (FALSE.contains(v)) {
                    yield "false";
                }
                throw new BadValue("catalog.problem.notBoolean", value);
            }
            case JSON -> {
                try {
                    json.readTree(value);
                    yield value;
                } catch (JacksonException e) {
                    throw new BadValue("catalog.problem.notJson");
                }
            }
        };
    }
}
