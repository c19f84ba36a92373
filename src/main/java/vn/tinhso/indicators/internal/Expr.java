package vn.tinhso.indicators.internal;

import java.util.List;
import java.util.Map;

/** The parsed tree of an indicator expression; {@code pos} is where the node starts in the text. */
sealed interface Expr {

    int pos();

    record Num(double value, int pos) implements Expr {
    }

    record Text(String value, int pos) implements Expr {
    }

    /** {@code #{CODE}} or {@code #{CODE.sex=F;area=urban}}: a data element, optionally one disaggregation. */
    record ElementRef(String code, Map<String, String> disaggregation, int pos) implements Expr {
    }

    /** {@code N{CODE}}: the value of another indicator. */
    record IndicatorRef(String code, int pos) implements Expr {
    }

    /** {@code C{CODE}}: a named constant of a pack. */
    record ConstantRef(String code, int pos) implements Expr {
    }

    record Unary(String op, Expr operand, int pos) implements Expr {
    }

    record Binary(String op, Expr left, Expr right, int pos) implements Expr {
    }

    record Call(String function, List<Expr> args, int pos) implements Expr {
    }
}
