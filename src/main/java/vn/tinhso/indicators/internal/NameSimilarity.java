package vn.tinhso.indicators.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much of an external identifier a code and name of ours explain: the share of the identifier's words found among
 * the code's and the name's words (without diacritics) and the initials of runs of name words, so that a ministry's
 * {@code TMDT_DOANH_THU} finds "Doanh thu bán lẻ thương mại điện tử" (TMĐT: thương mại điện tử).
 */
final class NameSimilarity {

    private NameSimilarity() {
    }

    /** 1 when every word of {@code external} is found, 0 when none is. */
    static double score(String external, String code, List<String> names) {
        List<String> wanted = words(external);
        if (wanted.isEmpty()) return 0;
        Set<String> known = new HashSet<>(words(code));
        for (String name : names) {
            List<String> w = words(name);
            known.addAll(w);
            for (int from = 0; from < w.size(); from++) {
                StringBuilder initials = new StringBuilder();
                for (int to = from; to < Math.min(w.size(), from + 6); to++) {
                    initials.append(w.get(to).charAt(0));
                    if (initials.length() > 1) known.add(initials.toString());
                }
            }
        }
        return (double) wanted.stream().filter(known::contains).count() / wanted.size();
    }

    /** The same code, written with other case or separators: {@code ecom-sales} for {@code ECOM_SALES}. */
    static boolean sameCode(String external, String code) {
        return !squash(external).isEmpty() && squash(external).equals(squash(code));
    }

    private static String squash(String text) {
        return String.join("", words(text));
    }

    static List<String> words(String text) {
        if (text == null) return List.of();
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(plain.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }
}
