package vn.tinhso.cameras;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A Vietnamese number plate as read by a camera: the canonical key used for matching (uppercase, no separators,
 * {@code 98A12345}), the display form ({@code 98A-123.45}, {@code 98B1-123.45}, {@code AA-12-34}), its kind, series,
 * province code and whether it is a plate that can be issued. Characters misread by position are corrected
 * (O→0 where a digit must stand, 0→D where a letter must), and {@link #corrected()} says so.
 *
 * @param raw       the text as received
 * @param canonical the matching key; for an unreadable plate the cleaned text
 * @param problem   why the plate cannot be issued, null when valid
 * @param colour    the plate colour the camera reported (white, yellow, blue, red), null when unknown
 */
public record PlateNumber(String raw, String canonical, String display, Kind kind, String provinceCode, String series,
                          String serial, boolean corrected, String problem, String colour) {

    public enum Kind { CAR, MOTORBIKE, TRAILER, DIPLOMATIC, SPECIAL, MILITARY, UNKNOWN }

    /** Letters never issued in a civil series. */
    private static final Set<Character> NOT_ISSUED = Set.of('I', 'J', 'O', 'Q', 'W');
    /** Two-letter series with a meaning of their own; the other two-letter series are motorbike series. */
    private static final Set<String> DIPLOMATIC = Set.of("NG", "NN", "QT", "CV");
    private static final Set<String> SPECIAL = Set.of("LD", "DA", "KT", "HC", "TĐ", "CD", "NĐ", "MK", "MĐ");
    /** First letters of military series (the armed forces' branches and units). */
    private static final Set<Character> MILITARY = Set.of('A', 'B', 'H', 'K', 'P', 'Q', 'T');

    public boolean valid() {
        return problem == null;
    }

    /** The province the code belonged to on that date: 98 is Bắc Giang before 1 July 2025 and Bắc Ninh after. */
    public Optional<String> province(LocalDate on) {
        return provinceCode == null ? Optional.empty() : PlateProvinces.name(provinceCode, on);
    }

    public static PlateNumber parse(String raw) {
        return parse(raw, null, null);
    }

    /**
     * @param motorbike what the camera says the vehicle is, used only where the text alone cannot tell a car's
     *                  five-digit serial from an old motorbike's series digit and four-digit serial; null when unknown
     */
    public static PlateNumber parse(String raw, Boolean motorbike, String colour) {
        String text = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC).strip().toUpperCase(Locale.ROOT);
        String clean = text.replaceAll("[\\s\\-._/|·]+", "");
        if (clean.isEmpty()) return unreadable(raw, clean, "empty", colour);
        if (!clean.matches("[0-9A-ZĐ]+")) return unreadable(raw, clean, "characters other than letters and digits", colour);
        if (clean.length() >= 6 && clean.length() <= 7 && isLetter(clean.charAt(0)) && isLetter(clean.charAt(1))
                && allDigitLike(clean.substring(2))) {
            return military(raw, clean, colour);
        }
        if (clean.length() < 7 || clean.length() > 10) return unreadable(raw, clean, "length " + clean.length(), colour);
        return civil(raw, text, clean, motorbike, colour);
    }

    private static PlateNumber military(String raw, String clean, String colour) {
        String serial = digits(clean.substring(2));
        boolean corrected = !serial.equals(clean.substring(2));
        String series = clean.substring(0, 2);
        String display = series + "-" + (serial.length() == 4 ? serial.substring(0, 2) + "-" + serial.substring(2)
                : serial.substring(0, 3) + "-" + serial.substring(3));
        String problem = !MILITARY.contains(series.charAt(0)) ? "no military series " + series
                : allZeros(serial) ? "serial of zeros" : null;
        return new PlateNumber(raw, series + serial, display, Kind.MILITARY, null, series, serial, corrected, problem,
                colour == null ? "red" : colour);
    }

    private static PlateNumber civil(String raw, String text, String clean, Boolean motorbike, String colour) {
        String province = digits(clean.substring(0, 2));
        char first = letter(clean.charAt(2));
        boolean corrected = province.charAt(0) != clean.charAt(0) || province.charAt(1) != clean.charAt(1) || first != clean.charAt(2);
        String rest = clean.substring(3);
        String series;
        String serialText;
        // A second letter never issued in a series (I, O, Q) is a misread digit: 98A-I23.45 is 98A-123.45.
        if (!rest.isEmpty() && isLetter(rest.charAt(0)) && !(NOT_ISSUED.contains(rest.charAt(0))
                && !SPECIAL.contains("" + first + rest.charAt(0)) && !DIPLOMATIC.contains("" + first + rest.charAt(0)))) {
            series = "" + first + rest.charAt(0);
            rest = rest.substring(1);
            boolean seriesDigit = rest.length() == 6 || rest.length() == 5 && series.equals("MĐ");
            if (seriesDigit) {
                series += rest.charAt(0);
                rest = rest.substring(1);
            }
        } else {
            series = "" + first;
            boolean seriesDigit = rest.length() == 6
                    || rest.length() == 5 && motorbikeLayout(text, clean, motorbike);
            if (seriesDigit) {
                series += rest.charAt(0);
                rest = rest.substring(1);
            }
        }
        serialText = rest;
        String serial = digits(serialText);
        corrected |= !serial.equals(serialText);
        String letters = series.replaceAll("\\d", "");
        Kind kind = kindOf(letters, series.length() > letters.length());
        String canonical = province + series + serial;
        String display = province + series + "-" + (serial.length() == 5 ? serial.substring(0, 3) + "." + serial.substring(3) : serial);
        String problem = problemOf(province, letters, serial);
        if (problem != null && serial.chars().anyMatch(Character::isLetter)) display = clean;
        return new PlateNumber(raw, problem != null && !serial.chars().allMatch(Character::isDigit) ? clean : canonical, display,
                problem == null ? kind : kind == Kind.CAR ? Kind.UNKNOWN : kind, province, series, serial, corrected, problem,
                colour);
    }

    /** A separator after the fourth character ({@code 98B1-1234}, a line break) marks a motorbike's two-line layout. */
    private static boolean motorbikeLayout(String text, String clean, Boolean motorbike) {
        String top = text.split("[\\s\\-/|]+", 2)[0].replaceAll("[._·]", "");
        if (top.length() == 4 && clean.startsWith(top)) return true;
        if (top.length() == 3 && clean.startsWith(top)) return false;
        return Boolean.TRUE.equals(motorbike);
    }

    private static Kind kindOf(String letters, boolean seriesDigit) {
        if (DIPLOMATIC.contains(letters)) return Kind.DIPLOMATIC;
        if (letters.equals("MĐ")) return Kind.MOTORBIKE;
        if (SPECIAL.contains(letters)) return Kind.SPECIAL;
        if (seriesDigit || letters.length() == 2) return Kind.MOTORBIKE;
        if (letters.equals("R")) return Kind.TRAILER;
        return Kind.CAR;
    }

    private static String problemOf(String province, String letters, String serial) {
        if (!province.chars().allMatch(Character::isDigit)) return "province code " + province + " is not two digits";
        if (!PlateProvinces.known(province)) return "no province has plate code " + province;
        if (!serial.chars().allMatch(Character::isDigit)) return "serial " + serial + " is not all digits";
        if (serial.length() < 4 || serial.length() > 5) return "serial of " + serial.length() + " digits";
        if (allZeros(serial)) return "serial of zeros";
        if (!letters.chars().allMatch(c -> isLetter((char) c))) return "series " + letters + " is not letters";
        if (letters.length() == 2 && (DIPLOMATIC.contains(letters) || SPECIAL.contains(letters))) return null;
        for (char c : letters.toCharArray()) {
            if (NOT_ISSUED.contains(c)) return "letter " + c + " is not issued in a series";
        }
        return null;
    }

    private static PlateNumber unreadable(String raw, String clean, String why, String colour) {
        return new PlateNumber(raw, clean, clean, Kind.UNKNOWN, null, null, null, false, "unreadable: " + why, colour);
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c == 'Đ';
    }

    private static boolean allDigitLike(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> Character.isDigit(c) || "OQDIL".indexOf(c) >= 0);
    }

    private static boolean allZeros(String serial) {
        return serial.chars().allMatch(c -> c == '0');
    }

    /** Where a digit must stand: letters that OCR confuses with a digit become that digit. */
    private static String digits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(switch (c) {
                case 'O', 'Q', 'D' -> '0';
                case 'I', 'L' -> '1';
                case 'Z' -> '2';
                case 'S' -> '5';
                case 'B' -> '8';
                case 'G' -> '6';
                default -> c;
            });
        }
        return b.toString();
    }

    /** Where a letter must stand: only digits with one letter look-alike that is issued (0 is D, since O is not issued). */
    private static char letter(char c) {
        return switch (c) {
            case '0' -> 'D';
            case '8' -> 'B';
            case '5' -> 'S';
            case '2' -> 'Z';
            case '6' -> 'G';
            case '4' -> 'A';
            default -> c;
        };
    }
}
