package vn.tinhso.hub.internal;

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
        StringBuilder initials = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            boolean space = Character.isWhitespace(c);
            if (!space && !inWord) initials.append(initials.isEmpty() ? "" : " ").appendCodePoint(c).append('.');
            inWord = !space;
            i += Character.charCount(c);
        }
        return initials.toString();
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
