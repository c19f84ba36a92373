package vn.tinhso.hub.internal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A 12-digit citizen identity number (số định danh cá nhân / CCCD): the code of the province of birth registration
 * (3 digits), a digit for century and sex, the last two digits of the birth year, and six random digits
 * (Circular 59/2021/TT-BCA, art. 7).
 */
public record PersonalId(String value) {

    public PersonalId {
        Optional<String> problem = problem(value, null);
        if (problem.isPresent()) throw new IllegalArgumentException(problem.get() + ": " + value);
    }

    /** Why the text is not a personal id (or disagrees with the birth date when one is given); empty when it is one. */
    public static Optional<String> problem(String value, LocalDate birthDate) {
        if (value == null || !value.matches("\\d{12}")) return Optional.of("a personal id has 12 digits");
        if (!Provinces.CODES.containsKey(value.substring(0, 3))) return Optional.of("no province has the code " + value.substring(0, 3));
        if (birthDate != null && birthYear(value) != birthDate.getYear())
            return Optional.of("the id says born in " + birthYear(value) + ", the birth date says " + birthDate.getYear());
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problem(value, null).isEmpty();
    }

    /** Even century digits are men, odd ones women; 0–1 the 20th century, 2–3 the 21st, and so on. */
    private static int birthYear(String value) {
        int centuryDigit = value.charAt(3) - '0';
        return 1900 + (centuryDigit / 2) * 100 + Integer.parseInt(value.substring(4, 6));
    }

    public int birthYear() {
        return birthYear(value);
    }

    public String sex() {
        return (value.charAt(3) - '0') % 2 == 0 ? "male" : "female";
    }

    public String provinceCode() {
        return value.substring(0, 3);
    }

    /** What a reader without the right to see it is shown: the last four digits. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String id) {
        if (id == null) return null;
        return id.length() <= 4 ? "****" : "*".repeat(id.length() - 4) + id.substring(id.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
