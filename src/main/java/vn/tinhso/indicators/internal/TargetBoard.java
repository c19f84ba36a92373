package vn.tinhso.indicators.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.tinhso.indicators.Analytics;
import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.Scorecard;
import vn.tinhso.indicators.Scorecards;
import vn.tinhso.indicators.Target;
import vn.tinhso.indicators.Targets;
import vn.tinhso.platform.NotFoundException;

@Service
class TargetBoard implements Targets, Scorecards {

    private final PackCatalog catalog;
    private final Analytics analytics;

    TargetBoard(PackCatalog catalog, Analytics analytics) {
        this.catalog = catalog;
        this.analytics = analytics;
    }

    @Override
    public List<Status> board(Period period) {
        List<Status> board = new ArrayList<>();
        for (Target t : catalog.targets()) {
            Analytics.Row row = value(t.indicator(), t.unit(), period);
            String name = catalog.indicator(t.indicator()).map(i -> i.name().vi()).orElse(t.indicator());
            board.add(new Status(t, name, period.code(), row == null ? t.unit() : row.unitName(), row == null ? null : row.value(),
                    t.status(row == null ? null : row.value())));
        }
        return board;
    }

    @Override
    public Result score(String code, String unit, Period period) {
        Scorecard card = catalog.scorecards().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("no scorecard " + code));
        List<PillarScore> pillars = new ArrayList<>();
        double total = 0, max = 0;
        for (Scorecard.Pillar p : card.pillars()) {
            List<ComponentScore> components = new ArrayList<>();
            double sum = 0;
            for (Scorecard.Component c : p.components()) {
                Analytics.Row row = value(c.indicator(), unit, period);
                Double v = row == null ? null : row.value();
                double points = c.points(v);
                sum += points;
                components.add(new ComponentScore(c, v, points));
            }
            double capped = Math.min(sum, p.maxPoints());
            pillars.add(new PillarScore(p, components, capped));
            total += capped;
            max += p.maxPoints();
        }
        return new Result(card, unit, period.code(), pillars, total, max);
    }

    private Analytics.Row value(String code, String unit, Period period) {
        try {
            List<Analytics.Row> rows = analytics.query(new Analytics.Request(List.of(code), List.of(period), unit, null,
                    Analytics.Boundaries.AS_OF_PERIOD, null, false));
            return rows.isEmpty() ? null : rows.get(0);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
