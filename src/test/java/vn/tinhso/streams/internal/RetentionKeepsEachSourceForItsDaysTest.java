package vn.tinhso.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The longest matching prefix decides how long a source's events are kept; other sources keep the default. */
@SpringBootTest
@ActiveProfiles("test")
class RetentionKeepsEachSourceForItsDaysTest {

    @Autowired JdbcClient jdbc;
    @Autowired EventRetention retention;

    private final String run = "rt-" + Long.toString(System.nanoTime(), 36);

    @AfterEach
    void removeRules() {
        retention.remove(run);
        retention.remove(run + "-fw");
        retention.remove(run + "-fw-core");
        retention.remove("");
    }

    private void arrived(String source, int daysAgo) {
        Instant at = Instant.now().minus(Duration.ofDays(daysAgo));
        jdbc.sql("insert into streams.event (received_at, event_time, source, format, fields, original) values (:r, :r, :s, 'json', '{}', :o)")
                .param("r", Timestamp.from(at)).param("s", source).param("o", daysAgo + " days ago").update();
    }

    private List<String> kept(String source) {
        return jdbc.sql("select original from streams.event where source = :s order by received_at").param("s", source)
                .query(String.class).list();
    }

    @Test
    void eachSourceLosesOnlyTheEventsOlderThanItsOwnRetention() {
        retention.set(run, 400, "test");            // the longest: nothing of this run is older
        retention.set(run + "-fw", 30, "test");
        retention.set(run + "-fw-core", 120, "test"); // longer prefix, longer retention: wins over "-fw"
        for (String source : List.of(run + "-fw-edge", run + "-fw-core1", run + "-web")) {
            arrived(source, 200);
            arrived(source, 60);
            arrived(source, 10);
        }
        String other = "rt-other-" + run;          // no rule: the default (90 days in tests as in production)
        arrived(other, 200);
        arrived(other, 10);

        EventRetention.Applied applied = retention.apply();

        assertThat(kept(run + "-fw-edge")).containsExactly("10 days ago");
        assertThat(kept(run + "-fw-core1")).containsExactly("60 days ago", "10 days ago");
        assertThat(kept(run + "-web")).containsExactly("200 days ago", "60 days ago", "10 days ago");
        assertThat(kept(other)).containsExactly("10 days ago");
        assertThat(applied.rowsDeleted()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aRuleForTheEmptyPrefixTakesThePlaceOfTheDefault() {
        retention.set("", 400, "test");
        String source = "rt-any-" + run;
        arrived(source, 200);
        arrived(source, 10);

        retention.apply();

        assertThat(kept(source)).containsExactly("200 days ago", "10 days ago");
    }

    @Test
    void aDayPartitionIsDroppedOnlyWhenItsLastDayIsPastTheLongestRetention() {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        EventRetention.Partition old = new EventRetention.Partition("event_20260801", "", Instant.parse("2026-08-02T00:00:00Z"), 0, 0);
        EventRetention.Partition edge = new EventRetention.Partition("event_20260831", "", Instant.parse("2026-09-01T00:00:00Z"), 0, 0);
        EventRetention.Partition recent = new EventRetention.Partition("event_20261128", "", Instant.parse("2026-11-29T00:00:00Z"), 0, 0);
        EventRetention.Partition fallback = new EventRetention.Partition("event_default", "DEFAULT", null, 0, 0);

        assertThat(EventRetention.droppable(List.of(old, edge, recent, fallback), now, 90)).containsExactly(old);
        assertThat(EventRetention.droppable(List.of(old, edge, recent, fallback), now, 30)).containsExactly(old, edge);
    }
}
