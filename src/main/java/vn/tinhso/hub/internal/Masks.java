package vn.tinhso.hub.internal;

import java.util.Arrays;
import java.util.stream.Collectors;


/** What a reader without the right to see personal data is shown instead of it. */
public final class Masks {

    private Masks() {
    }

    public static String personalId(String id) {
        return PersonalId.mask(id);
    }

    /** Initials only: "Nguyễn Thị An" becomes "N. T. A.". */
    public static String name(String name) {
        if (name == null || name.isBlank()) return name;
        return Arrays.stream(name.strip().split("\\s+")).map(w -> w.substring(0, w.offsetByCodePoints(0, 1)) + ".")
                .collect(Collectors.joining(" "));
    }

    /** The birth year only. */
    public static String birthDate(Object date) {
        return date == null ? null : date.toString().substring(0, 4);
    }

    public static String hidden(Object value) {
        return value == null ? null : "***";
    }

    /** A land holder that is a person shows the last four digits; an organisation's tax code is public. */
    public static String holder(String id) {
        return id != null && PersonalId.isValid(id) ? PersonalId.mask(id) : id;
    }
}
