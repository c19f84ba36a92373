package vn.tinhso.hub.internal;

import java.util.Optional;

/**
 * An enterprise tax code (mã số thuế): 10 digits whose last is a check digit (weights 31, 29, 23, 19, 17, 13, 7, 5, 3
 * on the first nine; check = 10 − sum mod 11, never 10), or 13 for a branch: the parent's 10 digits, an optional
 * hyphen and a 3-digit branch number. Stored without the hyphen.
 */
public record TaxCode(String value) {

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    public TaxCode {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) throw new IllegalArgumentException(problem.get() + ": " + value);
        value = value.replace("-", "");
    }

    public static TaxCode of(String text) {
        return new TaxCode(text == null ? null : text.strip());
    }

    public static Optional<String> problem(String value) {
        if (value == null || !value.matches("\\d{10}(-?\\d{3})?")) return Optional.of("a tax code has 10 digits, or 13 for a branch");
        int check = checkDigit(value.substring(0, 9));
        if (check == 10) return Optional.of("no valid tax code starts with " + value.substring(0, 9));
        if (value.charAt(9) - '0' != check) return Optional.of("the check digit should be " + check);
        String digits = value.replace("-", "");
        if (digits.length() == 13 && digits.endsWith("000")) return Optional.of("branch 000 does not exist");
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /** 10 − (Σ digit × weight) mod 11; a result of 10 means the first nine digits cannot form a tax code. */
    static int checkDigit(String firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (firstNine.charAt(i) - '0') * WEIGHTS[i];
        return 10 - sum % 11;
    }

    /** The parent enterprise's code of a branch; the code itself for a parent. */
    public String parent() {
        return value.substring(0, 10);
    }

    public boolean isBranch() {
        return value.length() == 13;
    }
}
