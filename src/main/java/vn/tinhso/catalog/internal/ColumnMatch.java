package vn.tinhso.catalog.internal;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ImportKind;

/** Which position of the file's header holds which column of a kind ("Mã xã", "commune code" → commune_code). */
final class ColumnMatch {

    private ColumnMatch() {
    }

    static String normalize(String header) {
        String folded = Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).trim();
        return folded.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /** Column name → index in the header, for the columns of the kind the header has. */
    static Map<String, Integer> positions(ImportKind kind, List<String> headers) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (ColumnSpec column : kind.columns()) {
            for (int i = 0; i < headers.size(); i++) {
                String header = normalize(headers.get(i));
                if (header.equals(normalize(column.name()))
                        || column.aliases().stream().anyMatch(a -> normalize(a).equals(header))) {
                    positions.putIfAbsent(column.name(), i);
                }
            }
        }
        return positions;
    }

    static List<String> missingRequired(ImportKind kind, Map<String, Integer> positions) {
        return kind.columns().stream().filter(ColumnSpec::required).map(ColumnSpec::name)
                .filter(name -> !positions.containsKey(name)).toList();
    }
}
