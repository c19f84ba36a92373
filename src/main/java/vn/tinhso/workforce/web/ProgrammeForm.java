package vn.tinhso.workforce.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.tinhso.workforce.ProgrammeDraft;

/**
 * The programme form as the browser posts it: the targets come as three parallel columns, one entry per
 * table row, the spare rows left blank.
 */
record ProgrammeForm(String code, String name, String nameEn, LocalDate startsOn, LocalDate endsOn, String legalSource,
                     List<String> measure, List<Integer> year, List<Integer> value) {

    ProgrammeDraft toDraft() {
        List<ProgrammeDraft.Target> targets = new ArrayList<>();
        int rows = Math.max(size(measure), Math.max(size(year), size(value)));
        for (int i = 0; i < rows; i++) {
            String m = at(measure, i);
            Integer y = at(year, i);
            Integer v = at(value, i);
            // A row left blank is one of the spare rows, not a mistake.
            if ((m == null || m.isBlank()) && y == null && v == null) continue;
            targets.add(new ProgrammeDraft.Target(m == null || m.isBlank() ? null : m, y, v));
        }
        return new ProgrammeDraft(code, name, nameEn, startsOn, endsOn, legalSource, targets);
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static <T> T at(List<T> list, int i) {
        return list != null && i < list.size() ? list.get(i) : null;
    }
}
