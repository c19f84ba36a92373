package vn.tinhso.indicators.internal;

import vn.tinhso.indicators.Text;
import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.Target;
import java.util.List;

/** The targets board: each target beside the figure the engine computes for the chosen period. */
public interface Targets {

    List<Status> board(Period period);

    record Status(Target target, Text indicatorName, String period, String unitName, Double actual, Target.Rag rag) {
    }
}
