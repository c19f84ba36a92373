package vn.tinhso.security.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.LogFormat;
import vn.tinhso.streams.ParseOptions;

/** Endpoints come from an agency's inventory and from antivirus events; stale signatures and silent hosts are flagged. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EndpointStatusTest {

    static final String HEADER = "host,agency,vendor,agent_version,signature_version,signatures_updated,last_seen,detections_30d\n";
    static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Autowired Imports imports;
    @Autowired EndpointInventory inventory;
    @Autowired EndpointLimits limits;
    @Autowired AntivirusEvents events;
    @Autowired Intake intake;
    @Autowired MockMvc mvc;

    ImportJob csv(String name, String rows) {
        return imports.runNow(new ImportRequest(name, (HEADER + rows).getBytes(StandardCharsets.UTF_8), "security.endpoints", null,
                "Endpoint test", "steward", false));
    }

    @Test
    void aHostWithSignaturesOlderThanTheLimitIsFlaggedAndAFreshOneIsNot() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate old = today.minusDays(limits.staleSignatureDays() + 5);
        LocalDate fresh = today.minusDays(1);
        ImportJob job = csv("endpoints.csv", String.join("\n",
                "epx-old.example.vn,EPX Agency,BKAV,2025.1,100," + old + "," + today + ",2",
                "epx-fresh.example.vn,EPX Agency,Kaspersky,12.1,200," + fresh + "," + today + ",0",
                "epx-silent.example.vn,EPX Agency,BKAV,2025.1,100," + fresh + "," + today.minusDays(limits.silentDays() + 4) + ",0") + "\n");
        assertThat(job.status()).as(String.valueOf(job.problems())).isEqualTo(ImportStatus.ACCEPTED);

        Endpoint stale = inventory.byHost("EPX-OLD.example.vn", today).orElseThrow();
        assertThat(stale.staleSignatures()).isTrue();
        assertThat(stale.signatureAgeDays()).isEqualTo(limits.staleSignatureDays() + 5L);
        assertThat(stale.silent()).isFalse();
        assertThat(stale.detections30d()).isEqualTo(2);
        assertThat(inventory.byHost("epx-fresh.example.vn", today).orElseThrow().flagged()).isFalse();
        Endpoint silent = inventory.byHost("epx-silent.example.vn", today).orElseThrow();
        assertThat(silent.silent()).isTrue();
        assertThat(silent.staleSignatures()).isFalse();

        List<Endpoint> flagged = inventory.find(new EndpointInventory.Filter("EPX Agency", null, true), today);
        assertThat(flagged).extracting(Endpoint::host).containsExactly("epx-old.example.vn", "epx-silent.example.vn");
        for (String lang : List.of("vi", "en")) {
            String page = mvc.perform(get("/security/endpoints").param("agency", "EPX Agency").param("lang", lang)
                            .with(user("soc").roles("SOC_ANALYST")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("endpoint-epx-old.example.vn").contains(lang.equals("en") ? "stale signatures" : "mẫu nhận diện cũ");
        }
        mvc.perform(get("/security/endpoints").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
    }

    @Test
    void badRowsAreRefusedWithTheirLine() {
        ImportJob job = csv("bad-endpoints.csv", """
                epx-ok.example.vn,EPX Agency,BKAV,1,1,2025-01-01,2025-01-02,0
                not a host!,EPX Agency,BKAV,1,1,2025-01-01,2025-01-02,0
                epx-future.example.vn,EPX Agency,BKAV,1,1,2999-01-01,2025-01-02,-3
                epx-date.example.vn,EPX Agency,BKAV,1,1,2025-02-30,2025-01-02,0
                """);
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.problems()).extracting(RowProblem::line, RowProblem::column).contains(
                org.assertj.core.groups.Tuple.tuple(3, "host"), org.assertj.core.groups.Tuple.tuple(4, "signatures_updated"),
                org.assertj.core.groups.Tuple.tuple(4, "detections_30d"), org.assertj.core.groups.Tuple.tuple(5, "signatures_updated"));
        assertThat(inventory.byHost("epx-ok.example.vn", LocalDate.now())).isEmpty();
    }

    @Test
    void antivirusEventsOnTheLogMakeAnEndpointWithItsDetectionsAndSignatureAge() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        intake.accept("endpoint-test", LogFormat.AUTH, ParseOptions.inZone(ZoneOffset.UTC), List.of(
                SYSLOG.format(now.minus(2, ChronoUnit.HOURS)) + " epx-clam clamd[812]: /home/user/invoice.exe: Win.Trojan.Agent-12345 FOUND",
                SYSLOG.format(now.minus(1, ChronoUnit.HOURS)) + " epx-clam clamd[812]: /tmp/x.doc: Doc.Dropper.Agent-777 FOUND"));
        intake.accept("endpoint-test", LogFormat.JSON, ParseOptions.inZone(ZoneOffset.UTC), List.of(
                "{\"@timestamp\":\"" + now + "\",\"host\":{\"name\":\"epx-json\"},\"observer\":{\"vendor\":\"Kaspersky\",\"version\":\"12.1\"},"
                        + "\"antivirus\":{\"signatures\":{\"updated\":\"" + LocalDate.now().minusDays(60) + "\",\"version\":\"v60\"}}}"));
        while (events.runOnce() > 0) {
            // drain the log
        }
        Endpoint clam = inventory.byHost("epx-clam", LocalDate.now()).orElseThrow();
        assertThat(clam.vendor()).isEqualTo("ClamAV");
        assertThat(clam.detections30d()).isEqualTo(2);
        assertThat(clam.silent()).isFalse();
        Endpoint json = inventory.byHost("epx-json", LocalDate.now()).orElseThrow();
        assertThat(json.vendor()).isEqualTo("Kaspersky");
        assertThat(json.signatureAgeDays()).isEqualTo(60);
        assertThat(json.staleSignatures()).isTrue();
    }
}
