package vn.tinhso.hub.internal;

import java.time.LocalDate;
import java.util.function.Consumer;

import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;

/** Row problems for national ids, each with a message of its own so the reader learns what to fix. */
final class IdChecks {

    private IdChecks() {
    }

    static void personalId(ImportRow row, String column, LocalDate birthDate, Consumer<RowProblem> problems) {
        String id = row.text(column);
        if (id == null || PersonalId.problem(id, birthDate).isEmpty()) return;
        if (PersonalId.problem(id, null).isEmpty()) {
            problems.accept(RowProblem.of(row.line(), column, "hub.problem.personalId.birthYear", id, new PersonalId(id).birthYear(),
                    birthDate.getYear()));
        } else if (id.matches("\\d{12}")) {
            problems.accept(RowProblem.of(row.line(), column, "hub.problem.personalId.province", id, id.substring(0, 3)));
        } else {
            problems.accept(RowProblem.of(row.line(), column, "hub.problem.personalId.format", id));
        }
    }

    static void taxCode(ImportRow row, String column, Consumer<RowProblem> problems) {
        String code = row.text(column);
        if (code == null || TaxCode.isValid(code)) return;
        if (code.matches("\\d{10}(-?\\d{3})?"))
            problems.accept(RowProblem.of(row.line(), column, "hub.problem.taxCode.check", code));
        else
            problems.accept(RowProblem.of(row.line(), column, "hub.problem.taxCode.format", code));
    }

    /** A land holder is a person (personal id) or an organisation (tax code). */
    static void holder(ImportRow row, String column, Consumer<RowProblem> problems) {
        String id = row.text(column);
        if (id == null || PersonalId.isValid(id) || TaxCode.isValid(id)) return;
        problems.accept(RowProblem.of(row.line(), column, "hub.problem.holder", id));
    }
}
