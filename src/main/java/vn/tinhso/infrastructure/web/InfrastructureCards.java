package vn.tinhso.infrastructure.web;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tinhso.dashboard.HeadlineCard;
import vn.tinhso.dashboard.HeadlineCard.Message;
import vn.tinhso.dashboard.HeadlineCardProvider;
import vn.tinhso.dashboard.NavigationContributor;
import vn.tinhso.dashboard.NavigationEntry;
import vn.tinhso.infrastructure.internal.Coverage;
import vn.tinhso.infrastructure.internal.CoverageService;
import vn.tinhso.infrastructure.internal.Registry;
import vn.tinhso.platform.Formats;

/** Towers, BTS by technology, villages with fibre and 4G population coverage (with its method) on the home page. */
@Component
class InfrastructureCards implements HeadlineCardProvider, NavigationContributor {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Registry registry;
    private final CoverageService coverage;

    InfrastructureCards(Registry registry, CoverageService coverage) {
        this.registry = registry;
        this.coverage = coverage;
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(NavigationEntry.forEveryone("/infrastructure", "infra.nav"));
    }

    @Override
    public List<HeadlineCard> cards(Request request) {
        String link = "/infrastructure?asOf=" + request.asOf();
        Registry.Counts counts = registry.counts(request.asOf());
        if (counts.towers() == 0)
            return List.of(HeadlineCard.without("infra-towers", "infra.card.towers", link, "infra.card.noData", DAY.format(request.asOf())));
        Message asOf = Message.of("card.period.asOf", DAY.format(request.asOf()));
        var l = request.locale();
        String byTech = String.join(" / ", counts.btsByTechnology().values().stream().map(n -> Formats.number(n, 0, l)).toList());
        Coverage c = coverage.cached(request.asOf());
        return List.of(
                HeadlineCard.of("infra-towers", "infra.card.towers", Formats.number(counts.towers(), 0, l), asOf, link)
                        .withNote("infra.card.towers.shared", Formats.number(counts.sharedTowers(), 0, l)),
                HeadlineCard.of("infra-bts", "infra.card.bts", Formats.number(counts.bts(), 0, l), asOf, link)
                        .withNote("infra.card.bts.byTechnology", byTech),
                HeadlineCard.of("infra-fibre", "infra.card.fibre", Formats.number(Math.floor(c.villagesFibreShare() * 10) / 10, 1, l) + " %", asOf, link)
                        .withNote("infra.card.fibre.count", Formats.number(c.villagesWithFibre(), 0, l), Formats.number(c.villages(), 0, l)),
                HeadlineCard.of("infra-hh-fibre", "infra.card.hhFibre", Formats.number(c.householdsOnFibre().percent(), 1, l) + " %", asOf, link)
                        .withNote("infra.card.hhFibre.method", Formats.number(c.householdsOnFibre().subscriptions(), 0, l),
                                Formats.number(c.householdsOnFibre().households(), 0, l), Formats.number(c.householdsOnFibre().householdSize(), 1, l)),
                HeadlineCard.of("infra-4g", "infra.card.pop4g", Formats.number(c.populationShare(2), 1, l) + " %", asOf, link)
                        .withNote(counts.opencellidCells() > 0 ? "infra.method.short.opencellid" : "infra.method.short"));
    }
}
