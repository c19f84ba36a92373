package vn.tinhso.hub.internal;

import java.util.function.Consumer;

import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;

/** A record's commune must exist, and its village, when given, must stand under that commune. */
final class Places {

    private Places() {
    }

    static void check(ImportRow row, KnownPlaces places, Consumer<RowProblem> problems) {
        String commune = row.text("commune");
        if (commune == null) return;
        if (!places.commune(commune)) {
            problems.accept(RowProblem.of(row.line(), "commune", "hub.problem.commune", commune));
            return;
        }
        String village = row.values().containsKey("village") ? row.text("village") : null;
        if (village != null && !places.villageIn(village, commune))
            problems.accept(RowProblem.of(row.line(), "village", "hub.problem.village", village, commune));
    }
}
