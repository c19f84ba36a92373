package vn.tinhso.indicators.internal;

import java.math.BigDecimal;
import java.util.function.Consumer;

import vn.tinhso.catalog.RowProblem;
import vn.tinhso.indicators.DataElement;
import vn.tinhso.indicators.ValueDomain;

/** A value outside its element's domain is a row error: negative sales, a share above 100 %, half a household. */
final class DomainCheck {

    private DomainCheck() {
    }

    static void check(DataElement element, int line, BigDecimal value, Consumer<RowProblem> problems) {
        ValueDomain domain = element.domain();
        if (domain.belowMin(value))
            problems.accept(RowProblem.of(line, "value", "ind.import.problem.belowMin", value.toPlainString(), element.code(),
                    domain.min().toPlainString()));
        else if (domain.aboveMax(value))
            problems.accept(RowProblem.of(line, "value", "ind.import.problem.aboveMax", value.toPlainString(), element.code(),
                    domain.max().toPlainString()));
        if (domain.wholeNumberMissed(value))
            problems.accept(RowProblem.of(line, "value", "ind.import.problem.notWhole", value.toPlainString(), element.code()));
    }
}
