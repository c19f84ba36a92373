package vn.tinhso.infrastructure.internal;

import java.math.BigDecimal;
import java.util.function.Consumer;

import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;

/** Checks shared by the cell files. */
final class CellChecks {

    /** NR cell identities are 36 bits; LTE's 28, GSM's and UMTS's fewer. */
    static final long MAX_CELL_ID = (1L << 36) - 1;

    private CellChecks() {
    }

    static Double number(ImportRow row, String column) {
        BigDecimal d = row.decimal(column);
        return d == null ? null : d.doubleValue();
    }

    static void identity(ImportRow row, String areaColumn, String cellColumn, Consumer<RowProblem> problems) {
        Long area = row.integer(areaColumn);
        if (area != null && area < 0)
            problems.accept(RowProblem.of(row.line(), areaColumn, "infra.import.problem.negative"));
        Long cell = row.integer(cellColumn);
        if (cell != null && (cell < 0 || cell > MAX_CELL_ID))
            problems.accept(RowProblem.of(row.line(), cellColumn, "infra.import.problem.cellId", MAX_CELL_ID));
    }
}
