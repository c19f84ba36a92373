package vn.tinhso.hub.internal;

import java.util.Map;

/**
 * A citizen as one reader may see it: {@code personalId}, {@code fullName}, {@code birthDate} and {@code ethnicity} are
 * masked unless this reader was allowed to see them whole ({@code revealed} lists which). {@code key} identifies the
 * record in links without showing the id.
 */
public record CitizenView(long key, String personalId, String fullName, String birthDate, String sex, String ethnicity,
                          String commune, String village, String household, java.util.Set<String> revealed) {

    /** The citizen record's fields and their classes. */
    public static final Map<String, FieldClass> FIELDS = Map.of("personal_id", FieldClass.BASIC, "full_name", FieldClass.BASIC,
            "birth_date", FieldClass.BASIC, "sex", FieldClass.BASIC, "ethnicity", FieldClass.SENSITIVE, "commune", FieldClass.BASIC,
            "village", FieldClass.BASIC, "household", FieldClass.BASIC);
}
