package vn.tinhso.indicators.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.internal.PeriodNames;
import vn.tinhso.indicators.internal.PeriodsWithData;
import vn.tinhso.indicators.RelativePeriods;

/**
 * The period picker's choices: relative periods (this year, last month …, resolved against today in the province)
 * and every period that holds data, so a period a new import brought is offered at once.
 */
@Component
class PeriodChoices {

    static final List<String> RELATIVE = List.of("THIS_YEAR_TO_DATE", "SAME_PERIOD_LAST_YEAR", "THIS_YEAR", "LAST_YEAR",
            "THIS_QUARTER", "THIS_MONTH", "LAST_MONTH");
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    record Choice(String code, String name) {
    }

    private final PeriodsWithData stored;
    private final MessageSource messages;

    PeriodChoices(PeriodsWithData stored, MessageSource messages) {
        this.stored = stored;
        this.messages = messages;
    }

    static LocalDate today() {
        return LocalDate.now(PROVINCE);
    }

    /** The period a choice stands for: a relative code resolved against today, else the code itself. */
    static Period resolve(String code) {
        if (RELATIVE.contains(code.trim().toUpperCase())) return RelativePeriods.resolve(code, today()).get(0);
        return Period.parse(code);
    }

    /** The picker's relative choices, each named with the period it stands for today. */
    List<Choice> relative(Locale locale) {
        return RELATIVE.stream().map(code -> new Choice(code, messages.getMessage("ind.relative." + code, null, code, locale)
                + " (" + PeriodNames.name(resolve(code), locale) + ")")).toList();
    }

    /** The usual periods, the selected one and every period with data, the latest first. */
    List<Choice> fixed(List<String> usual, String selected, Locale locale) {
        Set<String> codes = new LinkedHashSet<>();
        if (!RELATIVE.contains(selected)) codes.add(Period.parse(selected).code());
        codes.addAll(usual);
        stored.periods().forEach(p -> codes.add(p.code()));
        return codes.stream().map(Period::parse).sorted(java.util.Comparator.comparing(Period::end).reversed().thenComparing(Period::start))
                .map(p -> new Choice(p.code(), PeriodNames.name(p, locale))).toList();
    }
}
