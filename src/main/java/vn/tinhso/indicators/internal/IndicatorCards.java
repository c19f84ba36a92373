package vn.tinhso.indicators.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.tinhso.dashboard.HeadlineCard;
import vn.tinhso.dashboard.HeadlineCard.Goal;
import vn.tinhso.dashboard.HeadlineCard.Message;
import vn.tinhso.dashboard.HeadlineCard.Trend;
import vn.tinhso.dashboard.HeadlineCardProvider;
import vn.tinhso.indicators.Analytics;
import vn.tinhso.indicators.Indicator;
import vn.tinhso.indicators.IndicatorCatalog;
import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.Target;
import vn.tinhso.platform.NotFoundException;

/**
 * The digital-province indicators for the year to the month of the map date: the value, the change on the same
 * months of the year before, the last five years as a sparkline, and the nearest target.
 */
@Component
class IndicatorCards implements HeadlineCardProvider {

    private static final Logger log = LoggerFactory.getLogger(IndicatorCards.class);

    /** Card key, title key, indicator. */
    private static final List<String[]> CARDS = List.of(
            new String[] {"smartphone", "card.smartphone", "SMARTPHONE_SHARE"},
            new String[] {"broadband", "card.broadband", "HH_FIBRE_SHARE"},
            new String[] {"grdp", "card.grdp", "GRDP_GROWTH"},
            new String[] {"ecommerce", "card.ecommerce", "ECOM_SHARE"});
    private static final int YEARS = 5;

    private final Analytics analytics;
    private final IndicatorCatalog catalog;

    IndicatorCards(Analytics analytics, IndicatorCatalog catalog) {
        this.analytics = analytics;
        this.catalog = catalog;
    }

    @Override
    public List<HeadlineCard> cards(Request request) {
        return CARDS.stream().map(c -> card(c[0], c[1], c[2], request)).toList();
    }

    private HeadlineCard card(String key, String title, String code, Request request) {
        int year = request.asOf().getYear();
        int months = request.asOf().getMonthValue();
        String link = "/indicators?dx=" + code + "&pe=" + Period.yearToDate(year, months).code() + "&ou=" + request.province();
        Optional<Indicator> indicator = catalog.indicator(code);
        if (indicator.isEmpty()) {
            return HeadlineCard.without(key, title, "/indicators", "card.noData.noDefinition", code);
        }
        List<Period> periods = new ArrayList<>();
        for (int y = year - YEARS + 1; y <= year; y++) periods.add(Period.yearToDate(y, months));
        Map<String, Double> byPeriod = new HashMap<>();
        try {
            values(code, periods, request.province()).forEach(r -> byPeriod.put(r.period(), r.value()));
        } catch (RuntimeException e) {
            log.warn("Home card {} could not be computed", code, e);
            return HeadlineCard.without(key, title, link, "card.noData.failed");
        }
        List<Double> series = periods.stream().map(p -> byPeriod.get(p.code())).toList();
        Double value = series.isEmpty() ? null : series.get(series.size() - 1);
        String m = Integer.toString(months);
        Message period = Message.of("card.period.ytd", m, Integer.toString(year));
        if (value == null) {
            return HeadlineCard.without(key, title, link, "card.noData.noValues", m, Integer.toString(year));
        }
        String unit = "%".equals(indicator.get().unit()) ? " %" : "";
        HeadlineCard card = HeadlineCard.of(key, title, format(value, request, false) + unit, period, link);
        Double previous = series.size() < 2 ? null : series.get(series.size() - 2);
        Message change = previous == null ? null : Message.of("%".equals(indicator.get().unit()) ? "card.change.points" : "card.change",
                format(value - previous, request, true), m, Integer.toString(year - 1));
        card = card.withTrend(new Trend(change, series));
        Optional<Target> target = target(code, request.province(), year);
        return target.isEmpty() ? card : card.withGoal(goal(target.get(), target.get().status(value), request, unit));
    }

    /** The values for the periods; a period before the unit existed (or before units are known) has none. */
    private List<Analytics.Row> values(String code, List<Period> periods, String unit) {
        try {
            return query(code, periods, unit);
        } catch (NotFoundException e) {
            List<Analytics.Row> rows = new ArrayList<>();
            for (Period period : periods) {
                try {
                    rows.addAll(query(code, List.of(period), unit));
                } catch (NotFoundException notThen) {
                    // no such unit in that period: the sparkline has a gap there
                }
            }
            return rows;
        }
    }

    private List<Analytics.Row> query(String code, List<Period> periods, String unit) {
        return analytics.query(new Analytics.Request(List.of(code), periods, unit, null, Analytics.Boundaries.AS_OF_PERIOD,
                null, false));
    }

    /** The earliest target for the indicator and unit whose year is not before the card's. */
    private Optional<Target> target(String code, String unit, int year) {
        return catalog.targets().stream()
                .filter(t -> t.indicator().equals(code) && t.unit().equals(unit))
                .filter(t -> Period.parse(t.period()).end().getYear() >= year)
                .min(Comparator.comparing(t -> Period.parse(t.period()).end()));
    }

    private Goal goal(Target target, Target.Rag rag, Request request, String unit) {
        Goal.Status status = switch (rag) {
            case GREEN -> Goal.Status.MET;
            case AMBER -> Goal.Status.NEAR;
            default -> Goal.Status.MISSED;
        };
        String direction = target.direction() == Target.Direction.AT_LEAST ? "≥" : "≤";
        return new Goal(Message.of("card.goal", target.period(), direction + " " + format(target.value(), request, false) + unit),
                status);
    }

    private static String format(double value, Request request, boolean signed) {
        NumberFormat format = NumberFormat.getNumberInstance(request.locale());
        format.setMaximumFractionDigits(2);
        String text = format.format(value);
        return signed && value > 0 ? "+" + text : text;
    }
}
