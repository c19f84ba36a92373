package vn.tinhso.alerts.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tinhso.alerts.Alerts;
import vn.tinhso.alerts.Severity;
import vn.tinhso.dashboard.HeadlineCard;
import vn.tinhso.dashboard.HeadlineCardProvider;
import vn.tinhso.platform.Formats;

/** The incidents not yet closed on the home page, most severe first in the note; drill incidents left out. */
@Component
class OpenIncidentsCard implements HeadlineCardProvider {

    private final Alerts alerts;

    OpenIncidentsCard(Alerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public List<HeadlineCard> cards(Request request) {
        Map<Severity, Long> open = alerts.openIncidentsBySeverity();
        long total = open.values().stream().mapToLong(Long::longValue).sum();
        Locale l = request.locale();
        HeadlineCard card = HeadlineCard.of("alerts-open-incidents", "al.card.openIncidents", Formats.number(total, 0, l),
                HeadlineCard.Message.of("al.card.now"), "/alerts");
        if (total == 0) return List.of(card.withNote("al.card.openIncidents.none"));
        return List.of(card.withNote("al.card.openIncidents.note", count(open, Severity.CRITICAL, l), count(open, Severity.HIGH, l),
                count(open, Severity.MEDIUM, l), count(open, Severity.LOW, l), count(open, Severity.INFORMATIONAL, l)));
    }

    private static String count(Map<Severity, Long> open, Severity s, Locale l) {
        return Formats.number(open.getOrDefault(s, 0L), 0, l);
    }
}
