package vn.tinhso.platform.web;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.Formats;

/** {@link Formats} in the locale of the current request, for templates: {@code ${@fmt.number(v, 1)}}. */
@Component("fmt")
class FormatsForPages {

    private final ZoneId zone;

    FormatsForPages(@Value("${tinhso.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.zone = zone;
    }

    public String dateTime(Instant at) {
        return Formats.dateTime(at, zone, LocaleContextHolder.getLocale());
    }

    public String number(Number value, int decimals) {
        return Formats.number(value, decimals, LocaleContextHolder.getLocale());
    }

    public String number(Number value) {
        return Formats.compact(value, 2, LocaleContextHolder.getLocale());
    }

    public String withUnit(Number value, int decimals, String unit) {
        return Formats.withUnit(value, decimals, unit, LocaleContextHolder.getLocale());
    }
}
