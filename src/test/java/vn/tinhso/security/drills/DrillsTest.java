package vn.tinhso.security.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;
import vn.tinhso.security.endpoints.EndpointInventory;
import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.LogFormat;
import vn.tinhso.streams.ParseOptions;
import vn.tinhso.workforce.CourseDraft;
import vn.tinhso.workforce.ProgrammeDraft;
import vn.tinhso.workforce.TrainingPlans;

/**
 * Drills run through the live pipeline: every expected detection comes as an alert tagged with the run, closing them
 * gives a full score, and none of it reaches the real statistics.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DrillsTest {

    @Autowired Drills drills;
    @Autowired Alerts alerts;
    @Autowired EndpointInventory endpoints;
    @Autowired MockMvc mvc;
    @Autowired List<DemoDataContributor> contributors;
    @Autowired Intake intake;
    @Autowired EventLog log;
    @Autowired DrillTraining training;
    @Autowired TrainingPlans plans;

    String console() throws Exception {
        return mvc.perform(get("/alerts").param("lang", "en").with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static String figures(String console) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("id=\"(severity-\\w+|mttd|mttr)\">(?:\\s*<td[^>]*>[^<]*</td>\\s*<td[^>]*>)?([^<]*)<").matcher(console);
        while (m.find()) out.append(m.group(1)).append('=').append(m.group(2)).append(';');
        return out.toString();
    }

    /** The demo's security day (real alerts) and registry, detected before the drill starts. */
    void demo() throws InterruptedException {
        DemoParts.contribute(contributors, "ssh events", "information systems");
        long marker = intake.accept("drills-test", LogFormat.JSON, ParseOptions.inZone(ZoneOffset.UTC),
                List.of("{\"message\":\"marker\"}")).lastSequence();
        long end = System.nanoTime() + 60_000_000_000L;
        while (log.checkpoint("security.sigma") < marker && System.nanoTime() < end) Thread.sleep(100);
        assertThat(log.checkpoint("security.sigma")).isGreaterThanOrEqualTo(marker);
    }

    @Test
    void theDdosAndBruteForceDrillsRaiseEveryExpectedAlertScoreFullyWhenClosedAndStayOutOfTheRealStatistics() throws Exception {
        demo();
        String before = figures(console());
        assertThat(before).as("the demo's brute force is a real alert").doesNotContain("severity-high=0;");
        DrillRun ddos = drills.start("ddos-portal", "Team A", "soc1", false);
        DrillRun ssh = drills.start("ssh-intrusion", "Team A", "soc1", false);
        awaitDetections(ddos, 1);
        awaitDetections(ssh, 3);

        for (DrillRun run : List.of(ddos, ssh)) {
            DrillScore score = drills.score(run.id());
            assertThat(score.injects()).allSatisfy(i -> assertThat(i.detected()).as(i.code()).isTrue());
            assertThat(score.coverage()).isEqualTo(100.0);
            assertThat(score.score()).as("nothing handled yet").isZero();
            assertThat(score.injects()).allSatisfy(i -> assertThat(i.timeToDetect()).isNotNull().isGreaterThanOrEqualTo(java.time.Duration.ZERO));
        }
        List<Alert> drillAlerts = alerts.find(new Alerts.AlertQuery(null, ssh.tag(), null, null, null, 100));
        assertThat(drillAlerts).allSatisfy(a -> assertThat(a.drill()).isTrue());
        assertThat(alerts.find(new Alerts.AlertQuery(null, ddos.tag(), null, null, null, 100))).as("one flood, one alert").hasSize(1);
        assertThat(figures(console())).as("the console's figures leave drill alerts out").isEqualTo(before);

        // The team works the alerts: an incident contained for the brute force, the rest closed.
        DrillScore.InjectResult bruteForce = drills.score(ssh.id()).injects().get(0);
        var incident = alerts.openIncident(bruteForce.alertId(), "soc1");
        alerts.advance(incident.id(), "TRIAGE", "soc1");
        alerts.advance(incident.id(), "CONTAINED", "soc1");
        for (DrillRun run : List.of(ddos, ssh)) {
            for (Alert a : alerts.find(new Alerts.AlertQuery(null, run.tag(), null, null, null, 100))) {
                if (a.incidentId() == null) alerts.setStatus(a.id(), "CLOSED", "soc1");
            }
        }
        DrillScore sshScore = drills.score(ssh.id());
        assertThat(sshScore.score()).isEqualTo(100.0);
        assertThat(sshScore.injects().get(0).timeToContain()).isNotNull();
        assertThat(sshScore.techniquesTested()).isEqualTo(3);
        assertThat(drills.score(ddos.id()).score()).isEqualTo(100.0);
        assertThat(figures(console())).as("nor their incidents").isEqualTo(before);

        String page = mvc.perform(get("/security/drills/runs/{id}", ssh.id()).param("lang", "en").with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"drill-coverage\">100 % (3/3)").contains("id=\"drill-score\">100 %").contains("Team A");
        mvc.perform(get("/security/drills/runs/{id}.xlsx", ssh.id()).with(user("soc").roles("SOC_ANALYST"))).andExpect(status().isOk());
        String home = mvc.perform(get("/").param("lang", "en").with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("card-security-drill").contains("Score of the last drill");
    }

    void awaitDetections(DrillRun run, int expected) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            if (drills.score(run.id()).injects().stream().filter(DrillScore.InjectResult::detected).count() >= expected) return;
            Thread.sleep(200);
        }
        throw new AssertionError("run " + run.id() + " " + drills.score(run.id()).injects());
    }

    @Test
    void theWebAndMalwareDrillsAreDetectedTooAndDrillHostsNeverJoinTheEndpointInventory() throws Exception {
        DrillRun web = drills.start("web-exploitation", "Team B", "soc2", false);
        DrillRun malware = drills.start("malware-spread", "Team B", "soc2", false);
        awaitDetections(web, 3);
        awaitDetections(malware, 3);
        assertThat(drills.score(web.id()).coverage()).isEqualTo(100.0);
        assertThat(drills.score(malware.id()).coverage()).isEqualTo(100.0);
        assertThat(endpoints.byHost("pc-ketoan-" + malware.id(), java.time.LocalDate.now())).isEmpty();
    }

    @Test
    void aPacedRunSendsEachInjectWhenItFallsDueAndTheRestWait() {
        DrillRun paced = drills.start("malware-spread", "Team Paced", "soc1", true);
        DrillScore score = drills.score(paced.id());
        assertThat(score.injects()).extracting(DrillScore.InjectResult::code, DrillScore.InjectResult::pending).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mail-attachment", false), org.assertj.core.groups.Tuple.tuple("usb", true),
                org.assertj.core.groups.Tuple.tuple("lateral", true));
        assertThat(score.injects().get(0).events()).isEqualTo(1);
        assertThat(drills.sendDue()).as("the USB inject falls due five minutes after the start").isZero();
    }

    @Test
    void teamsOfTheSameScenarioAreRankedAndTheLessonsAreKept() throws Exception {
        DrillRun slow = drills.start("ssh-intrusion", "Team Slow", "soc1", false);
        mvc.perform(post("/security/drills").param("scenario", "ssh-intrusion").param("team", "Team Web").param("compressed", "true")
                        .with(user("soc").roles("SOC_ANALYST")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        DrillRun viaPage = drills.runs().get(0);
        assertThat(viaPage.team()).isEqualTo("Team Web");
        awaitDetections(slow, 3);
        awaitDetections(viaPage, 3);
        for (Alert a : alerts.find(new Alerts.AlertQuery(null, viaPage.tag(), null, null, null, 100))) alerts.setStatus(a.id(), "CLOSED", "soc1");
        List<DrillScore> ranking = drills.ranking("ssh-intrusion");
        assertThat(ranking.indexOf(ranking.stream().filter(s -> s.run().id() == viaPage.id()).findFirst().orElseThrow()))
                .isLessThan(ranking.indexOf(ranking.stream().filter(s -> s.run().id() == slow.id()).findFirst().orElseThrow()));

        plans.createProgramme(new ProgrammeDraft("DRILL-AWARE", "Nâng cao nhận thức ATTT", "Security awareness",
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31), null, List.of()));
        plans.createCourse(new CourseDraft("DRILL-PHISH", "DRILL-AWARE", "Nhận diện thư lừa đảo", "Spotting phishing e-mails",
                "security_awareness", "Sở Khoa học và Công nghệ"));
        mvc.perform(post("/security/drills/runs/{id}/training", slow.id()).param("course", "DRILL-PHISH").param("heldOn", "2026-11-20")
                        .param("participants", "35").with(user("soc").roles("SOC_ANALYST")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(training.of(slow.id())).singleElement().satisfies(t -> {
            assertThat(t.titleEn()).isEqualTo("Spotting phishing e-mails");
            assertThat(t.participants()).isEqualTo(35);
        });
        assertThat(mvc.perform(get("/security/drills/runs/{id}", slow.id()).param("lang", "en").with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Spotting phishing e-mails");
        mvc.perform(post("/security/drills/runs/{id}/lessons", slow.id()).param("lessons", "Close the brute force faster.")
                        .with(user("soc").roles("SOC_ANALYST")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(drills.run(slow.id()).orElseThrow().lessons()).isEqualTo("Close the brute force faster.");
        for (String lang : List.of("vi", "en")) {
            mvc.perform(get("/security/drills").param("lang", lang).with(user("soc").roles("SOC_ANALYST"))).andExpect(status().isOk());
        }
        mvc.perform(get("/security/drills").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
    }
}
