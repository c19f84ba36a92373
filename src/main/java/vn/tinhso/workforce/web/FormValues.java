package vn.tinhso.workforce.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import vn.tinhso.workforce.InvalidTrainingField;

/** Text from a form field turned into a value, or a problem that names the field. */
final class FormValues {

    private FormValues() {
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static LocalDate date(String field, String value) {
        if (text(value) == null) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidTrainingField(field, "not a date (yyyy-mm-dd): " + value);
        }
    }

    static Integer number(String field, String value) {
        if (text(value) == null) return null;
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidTrainingField(field, "not a whole number: " + value);
        }
    }
}
