package vn.tinhso.hub.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tinhso.dashboard.HeadlineCard;
import vn.tinhso.dashboard.HeadlineCardProvider;
import vn.tinhso.dashboard.NavigationContributor;
import vn.tinhso.dashboard.NavigationEntry;
import vn.tinhso.hub.internal.RegistryOverview;
import vn.tinhso.platform.Formats;

/** The data hub in the top bar, and its registries on the home page. */
@Component
class HubCards implements HeadlineCardProvider, NavigationContributor {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final RegistryOverview overview;

    HubCards(RegistryOverview overview) {
        this.overview = overview;
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(NavigationEntry.forEveryone("/hub", "hub.nav"));
    }

    @Override
    public List<HeadlineCard> cards(Request request) {
        List<RegistryOverview.Registry> registries = overview.registries();
        RegistryOverview.Registry citizens = registries.get(0);
        if (citizens.records() == 0 && registries.stream().allMatch(r -> r.records() == 0))
            return List.of(HeadlineCard.without("hub-registries", "hub.card.registries", "/hub", "hub.card.noData"));
        var l = request.locale();
        String value = Formats.number(citizens.records(), 0, l);
        HeadlineCard.Message period = citizens.lastImport() == null ? HeadlineCard.Message.of("hub.card.never")
                : HeadlineCard.Message.of("card.period.asOf", DAY.format(citizens.lastImport()));
        return List.of(HeadlineCard.of("hub-registries", "hub.card.registries", value, period, "/hub")
                .withNote("hub.card.note", Formats.number(registries.get(2).records(), 0, l), Formats.number(registries.get(3).records(), 0, l)));
    }
}
