package vn.tinhso.cameras.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tinhso.access.Role;
import vn.tinhso.cameras.internal.CameraHealth;
import vn.tinhso.cameras.internal.CameraViews;
import vn.tinhso.dashboard.HeadlineCard;
import vn.tinhso.dashboard.HeadlineCard.Message;
import vn.tinhso.dashboard.HeadlineCardProvider;
import vn.tinhso.dashboard.NavigationContributor;
import vn.tinhso.dashboard.NavigationEntry;
import vn.tinhso.platform.Formats;

/** Cameras online of all, AI cameras, watchlist hits today and violations waiting for review, on the home page. */
@Component
class CameraCards implements HeadlineCardProvider, NavigationContributor {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CameraHealth health;
    private final CameraViews views;

    CameraCards(CameraHealth health, CameraViews views) {
        this.health = health;
        this.views = views;
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(NavigationEntry.forEveryone("/cameras", "cameras.nav"),
                NavigationEntry.forRoles("/cameras/hits", "cameras.nav.hits", Role.ADMIN.name(), Role.CAMERA_OPERATOR.name(),
                        Role.FACE_ANALYST.name()));
    }

    @Override
    public List<HeadlineCard> cards(Request request) {
        Instant now = Instant.now();
        var all = health.all(now);
        if (all.isEmpty()) return List.of(HeadlineCard.without("cameras-online", "cameras.card.online", "/cameras", "cameras.card.noData"));
        var l = request.locale();
        LocalDate today = LocalDate.now(CameraPages.ZONE);
        Message todayMessage = Message.of("card.period.asOf", DAY.format(today));
        long online = all.stream().filter(c -> c.status() == CameraHealth.Status.ONLINE).count();
        long ai = all.stream().filter(c -> c.camera().ai()).count();
        return List.of(
                HeadlineCard.of("cameras-online", "cameras.card.online", Formats.number(online, 0, l) + " / " + Formats.number(all.size(), 0, l),
                        todayMessage, "/cameras").withNote("cameras.card.online.note", Formats.number(all.size() - online, 0, l)),
                HeadlineCard.of("cameras-ai", "cameras.card.ai", Formats.number(ai, 0, l), todayMessage, "/cameras?status=")
                        .withNote("cameras.card.ai.note"),
                HeadlineCard.of("cameras-hits", "cameras.card.hits", Formats.number(views.hitsOn(today), 0, l), todayMessage, "/cameras/hits")
                        .withNote("cameras.card.hits.pending", Formats.number(views.pendingHits(), 0, l)),
                HeadlineCard.of("cameras-violations", "cameras.card.violations", Formats.number(views.pendingViolations(), 0, l),
                        todayMessage, "/cameras/violations").withNote("cameras.card.violations.note"));
    }
}
