package vn.tinhso.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;


class ExpressionParserTest {

    @Test
    void precedenceBindsProductsBeforeSums() {
        Expr e = ExpressionParser.parse("#{A} + #{B} * 2");
        assertThat(e).isInstanceOf(Expr.Binary.class);
        assertThat(((Expr.Binary) e).op()).isEqualTo("+");
        assertThat(((Expr.Binary) e).right()).isInstanceOf(Expr.Binary.class);
    }

    @Test
    void readsDisaggregationsIndicatorsConstantsAndFunctions() {
        Expr e = ExpressionParser.parse("if(isNull(N{X}), C{PERCENT}, lastYear(#{ENT.location=industrial_park;size=small}))");
        Expr.Call call = (Expr.Call) e;
        assertThat(call.function()).isEqualTo("if");
        Expr.ElementRef ref = (Expr.ElementRef) ((Expr.Call) call.args().get(2)).args().get(0);
        assertThat(ref.disaggregation()).containsEntry("location", "industrial_park").containsEntry("size", "small");
    }

    @Test
    void anInvalidExpressionReportsThePositionOfTheError() {
        assertThatThrownBy(() -> ExpressionParser.parse("#{A} + * #{B}"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageStartingWith("Unexpected '*' where a value was expected at position 8")
                .extracting(e -> ((ExpressionException) e).position()).isEqualTo(7);
        assertThatThrownBy(() -> ExpressionParser.parse("(#{A} + #{B}")).hasMessageContaining("Expected ')' but the expression ended at position 13");
        assertThatThrownBy(() -> ExpressionParser.parse("sqrt(#{A})")).hasMessageContaining("Unknown function 'sqrt'").hasMessageContaining("position 1");
        assertThatThrownBy(() -> ExpressionParser.parse("if(#{A}, 1)")).hasMessageContaining("if() takes 3 argument(s), not 2");
        assertThatThrownBy(() -> ExpressionParser.parse("#{A")).hasMessageContaining("Missing '}'");
    }
}
