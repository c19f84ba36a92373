package vn.tinhso.indicators.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.internal.PeriodNames;

/** Period codes in words for templates: {@code ${@periodNames.name('2024Y9M')}} → "9 tháng đầu năm 2024". */
@Component("periodNames")
class PeriodNamesForPages {

    public String name(String code) {
        try {
            return PeriodNames.name(Period.parse(code), LocaleContextHolder.getLocale());
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    public String shortName(String code) {
        try {
            return PeriodNames.shortName(Period.parse(code), LocaleContextHolder.getLocale());
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
