package vn.tinhso.security.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tinhso.access.Role;
import vn.tinhso.dashboard.HeadlineCard;
import vn.tinhso.dashboard.HeadlineCardProvider;
import vn.tinhso.dashboard.NavigationContributor;
import vn.tinhso.dashboard.NavigationEntry;
import vn.tinhso.platform.Formats;
import vn.tinhso.security.drills.DrillRun;
import vn.tinhso.security.drills.DrillScore;
import vn.tinhso.security.drills.Drills;
import vn.tinhso.security.governance.Compliance;
import vn.tinhso.security.governance.SystemRegistry;

/** The share of information systems with an approved security-level dossier and the last drill's score on the home page; links in the top bar. */
@Component
class GovernanceCards implements HeadlineCardProvider, NavigationContributor {

    private final SystemRegistry registry;
    private final Drills drills;

    GovernanceCards(SystemRegistry registry, Drills drills) {
        this.registry = registry;
        this.drills = drills;
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(
                NavigationEntry.forRoles("/security/systems", "security.nav.systems", Role.ADMIN.name(), Role.SOC_ANALYST.name()),
                NavigationEntry.forRoles("/security/endpoints", "security.nav.endpoints", Role.ADMIN.name(), Role.SOC_ANALYST.name()),
                NavigationEntry.forRoles("/security/drills", "security.nav.drills", Role.ADMIN.name(), Role.SOC_ANALYST.name()),
                NavigationEntry.forRoles("/security/reports/monthly", "security.nav.report", Role.ADMIN.name(), Role.SOC_ANALYST.name()),
                NavigationEntry.administration("/security/legal-basis", "security.nav.legalBasis", Role.ADMIN.name()));
    }

    @Override
    public List<HeadlineCard> cards(Request request) {
        return List.of(dossiers(request), lastDrill(request));
    }

    private HeadlineCard dossiers(Request request) {
        String link = "/security/systems";
        Compliance c = Compliance.of(registry.find(SystemRegistry.Filter.ALL), LocalDate.now());
        if (c.all().systems() == 0) {
            return HeadlineCard.without("security-dossiers", "security.card.dossiers", link, "security.card.noSystems");
        }
        var l = request.locale();
        return HeadlineCard.of("security-dossiers", "security.card.dossiers",
                        Formats.number(Math.floor(c.all().percent() * 10) / 10, 1, l) + " %",
                        HeadlineCard.Message.of("security.card.today"), link)
                .withNote("security.card.dossiers.note", Formats.number(c.all().approved(), 0, l), Formats.number(c.all().systems(), 0, l),
                        Formats.number(c.overdueReviews(), 0, l));
    }

    private HeadlineCard lastDrill(Request request) {
        List<DrillRun> runs = drills.runs();
        if (runs.isEmpty()) {
            return HeadlineCard.without("security-drill", "security.card.drill", "/security/drills", "security.card.noDrill");
        }
        DrillScore s = drills.score(runs.get(0).id());
        var l = request.locale();
        return HeadlineCard.of("security-drill", "security.card.drill", Formats.number(s.score(), 0, l) + " %",
                        HeadlineCard.Message.of("card.period.asOf", DAY.format(s.run().startedAt().atZone(ZONE))),
                        "/security/drills/runs/" + s.run().id())
                .withNote("security.card.drill.note", s.run().team(), Formats.number(s.coverage(), 0, l));
    }

    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
}
