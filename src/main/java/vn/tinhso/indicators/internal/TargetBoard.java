package vn.tinhso.indicators.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;

import vn.tinhso.indicators.Analytics;
import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.Scorecard;
import vn.tinhso.indicators.Target;
import vn.tinhso.indicators.Text;
import vn.tinhso.platform.NotFoundException;
import vn.tinhso.territory.Territory;

@Service
class TargetBoard implements Targets, Scorecards {

    private final PackCatalog catalog;
    private final Analytics analytics;
    private final ComponentVerifications verifications;
    private final AuditLog audit;
    private final Territory territory;

    TargetBoard(PackCatalog catalog, Analytics analytics, ComponentVerifications verifications, AuditLog audit, Territory territory) {
        this.territory = territory;
        this.catalog = catalog;
        this.analytics = analytics;
        this.verifications = verifications;
        this.audit = audit;
    }

    @Override
    public List<Status> board(Period period) {
        List<Status> board = new ArrayList<>();
        for (Target t : catalog.targets()) {
            Analytics.Row row = value(t.indicator(), t.unit(), period);
            Text name = catalog.indicator(t.indicator()).map(i -> i.name()).orElse(new Text(t.indicator(), t.indicator()));
            board.add(new Status(t, name, period.code(), row == null ? t.unit() : row.unitName(), row == null ? null : row.value(),
                    t.status(row == null ? null : row.value())));
        }
        return board;
    }

    @Override
    public Result score(String code, String unit, Period period) {
        Scorecard card = scorecard(code);
        Map<String, Verification> decided = verifications.current(code, unit, period.code());
        List<PillarScore> pillars = new ArrayList<>();
        double total = 0, max = 0;
        for (Scorecard.Pillar p : card.pillars()) {
            List<ComponentScore> components = new ArrayList<>();
            double sum = 0;
            for (Scorecard.Component c : p.components()) {
                Analytics.Row row = value(c.indicator(), unit, period);
                Double v = row == null ? null : row.value();
                Verification verification = decided.getOrDefault(c.code(),
                        new Verification(c.verification(), c.evidence(), null, null, null));
                double points = VerificationStatus.REJECTED.name().equals(verification.status()) ? 0 : c.points(v);
                sum += points;
                components.add(new ComponentScore(c, v, points, verification));
            }
            double capped = Math.min(sum, p.maxPoints());
            pillars.add(new PillarScore(p, components, capped));
            total += capped;
            max += p.maxPoints();
        }
        return new Result(card, unit, period.code(), pillars, total, max);
    }

    @Override
    @Transactional
    public Verification verify(String code, String component, String unit, Period period, VerificationStatus status,
                               String evidence, String note) {
        Scorecard card = scorecard(code);
        boolean known = card.pillars().stream().flatMap(p -> p.components().stream()).anyMatch(c -> c.code().equals(component));
        if (!known) {
            throw new NotFoundException("scorecard " + code + " has no component " + component);
        }
        if (territory.unit(unit, period.start()).isEmpty() && territory.unit(unit, period.end().minusDays(1)).isEmpty()) {
            throw new NotFoundException("no unit " + unit + " in the period " + period.code());
        }
        checkText("evidence", evidence);
        checkText("note", note);
        if (evidence != null && !evidence.isBlank() && !evidence.matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("evidence must be an http(s) link, got: " + evidence);
        }
        String user = SecurityContextHolder.getContext().getAuthentication().getName();
        String link = evidence == null || evidence.isBlank() ? null : evidence.strip();
        verifications.add(code, component, unit, period.code(), status.name(), link, note, user);
        audit.record(AuditEntry.of("scorecard.verify", "scorecard_component", code + "/" + component + "/" + unit + "/" + period.code())
                .withDetail(status + (link == null ? "" : " " + link)));
        return verifications.current(code, unit, period.code()).get(component);
    }

    private static void checkText(String what, String text) {
        if (text == null) {
            return;
        }
        if (text.length() > MAX_VERIFICATION_TEXT) {
            throw new IllegalArgumentException(what + " is " + text.length() + " characters long; at most " + MAX_VERIFICATION_TEXT + " are allowed");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new IllegalArgumentException(what + " holds a control character; remove it");
        }
    }

    private Scorecard scorecard(String code) {
        return catalog.scorecards().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("no scorecard " + code));
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
