package vn.tinhso.sample;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.dashboard.HeadlineCard;
import vn.tinhso.dashboard.HeadlineCardProvider;
import vn.tinhso.dashboard.NavigationContributor;
import vn.tinhso.dashboard.NavigationEntry;

/** Its table comes from its own migration, its texts from its own bundle, its API under /api/sample/. */
@Component
@RestController
class Greetings implements NavigationContributor, HeadlineCardProvider {

    record Greeting(String text) {
    }

    private final JdbcClient jdbc;

    Greetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/sample/greetings")
    List<Greeting> greetings() {
        return jdbc.sql("select text from sample.greeting order by text").query(Greeting.class).list();
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(NavigationEntry.forEveryone("/api/sample/greetings", "sample.nav"));
    }

    @Override
    public List<HeadlineCard> cards(Request request) {
        return List.of(HeadlineCard.of("sample", "sample.card", Integer.toString(greetings().size()),
                HeadlineCard.Message.of("card.period.asOf", "01/01/2025"), "/api/sample/greetings"));
    }
}
