package vn.tinhso.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import changed in the records its kind keeps: rows that are new, rows that replaced a stored value,
 * and rows equal to what was stored. {@code replaced} lists the first {@value #REPLACED_KEPT} replacements with
 * their old and new values.
 */
public record ImportChanges(long added, long changed, long unchanged, List<Replacement> replaced) {

    public static final int REPLACED_KEPT = 1000;

    public ImportChanges {
        replaced = replaced == null ? List.of() : List.copyOf(replaced);
    }

    public static ImportChanges none() {
        return new ImportChanges(0, 0, 0, List.of());
    }

    /** One stored value replaced: what it is (e.g. element, unit and period), the old value and the new one. */
    public record Replacement(String key, String oldValue, String newValue) {
    }

    public boolean nothingChanged() {
        return added == 0 && changed == 0;
    }

    /** The two batches' changes together, the replacements kept up to the limit. */
    public ImportChanges plus(ImportChanges other) {
        List<Replacement> both = new ArrayList<>(replaced);
        for (Replacement r : other.replaced) {
            if (both.size() >= REPLACED_KEPT) break;
            both.add(r);
        }
        return new ImportChanges(added + other.added, changed + other.changed, unchanged + other.unchanged, both);
    }
}
