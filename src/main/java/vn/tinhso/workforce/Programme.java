package vn.tinhso.workforce;

import java.time.LocalDate;
import java.util.List;

/** A training scheme with its targets and how far it has come. */
public record Programme(String code, String name, String nameEn, LocalDate startsOn, LocalDate endsOn, String legalSource,
                        List<Progress> progress) {

    /** {@code achieved} counts from the programme's start to the end of {@code year}. */
    public record Progress(String measure, int year, int target, long achieved) {

        public double percent() {
            return target == 0 ? 0 : 100.0 * achieved / target;
        }
    }
}
