package vn.tinhso.indicators.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.tinhso.indicators.Analytics;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;
import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.RelativePeriods;

@Service
class DataQualityService implements DataQuality {

    static final int OVERLAPS_LISTED = 200;

    private final PackCatalog catalog;
    private final AnalyticsService analytics;
    private final LevelOverlaps levels;
    private final Territory territory;

    DataQualityService(PackCatalog catalog, AnalyticsService analytics, LevelOverlaps levels, Territory territory) {
        this.catalog = catalog;
        this.analytics = analytics;
        this.levels = levels;
        this.territory = territory;
    }

    @Override
    public List<Overlap> overlaps() {
        return levels.stored(OVERLAPS_LISTED).stream()
                .map(o -> new Overlap(o.element(), o.period(), o.unit(),
                        territory.unit(o.unit(), o.periodEnd()).map(AdminUnit::name).orElse(o.unit()), o.level(), o.lowerLevel(), o.lowerUnits()))
                .toList();
    }

    @Override
    public List<Violation> violations(String unit, Period period) {
        List<Violation> found = new ArrayList<>();
        for (Definitions.CompiledRule rule : catalog.definitions.rules)
            for (String[] v : analytics.violations(rule, unit, period))
                found.add(new Violation(rule.rule(), v[0], v[1], number(v[2]), number(v[3])));
        return found;
    }

    /**
     * Compares each unit's value with the same unit over the eight preceding periods of the same type,
     * using the median and the median absolute deviation so that one earlier outlier does not hide the next.
     */
    @Override
    public List<Outlier> outliers(String element, String unit, String level, Period period, double threshold) {
        List<Period> periods = RelativePeriods.series(period, 9);
        List<Analytics.Row> rows = analytics.query(new Analytics.Request(List.of(element), periods, unit, level,
                Analytics.Boundaries.AS_OF_PERIOD, null, false));
        Map<String, List<Analytics.Row>> byUnit = new HashMap<>();
        for (Analytics.Row r : rows) byUnit.computeIfAbsent(r.unit(), k -> new ArrayList<>()).add(r);
        List<Outlier> outliers = new ArrayList<>();
        byUnit.forEach((code, history) -> {
            Analytics.Row current = history.stream().filter(r -> r.period().equals(period.code())).findFirst().orElse(null);
            double[] past = history.stream().filter(r -> !r.period().equals(period.code()) && r.value() != null)
                    .mapToDouble(Analytics.Row::value).toArray();
            if (current == null || current.value() == null || past.length < 4) return;
            double median = median(past);
            double mad = median(Arrays.stream(past).map(v -> Math.abs(v - median)).toArray());
            double score = mad == 0 ? (current.value() == median ? 0 : Double.POSITIVE_INFINITY) : 0.6745 * (current.value() - median) / mad;
            if (Math.abs(score) > threshold)
                outliers.add(new Outlier(element, code, current.unitName(), period.code(), current.value(), median, score));
        });
        outliers.sort((a, b) -> Double.compare(Math.abs(b.score()), Math.abs(a.score())));
        return outliers;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static Double number(String s) {
        return s == null || s.equals("null") ? null : Double.valueOf(s);
    }
}
