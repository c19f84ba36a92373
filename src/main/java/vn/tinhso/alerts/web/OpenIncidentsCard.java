package vn.tinhso.alerts.web;

import java.util.ArrayList;
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
        List<String> parts = new ArrayList<>();
        Severity[] all = Severity.values();
        for (int i = all.length - 1; i >= 0; i--) {
            Long n = open.get(all[i]);
            if (n != null && n > 0) parts.add(Formats.number(n, 0, l) + " " + all[i].code());
        }
        return List.of(card.withNote("al.card.openIncidents.note", String.join(", ", parts)));
    }
}
