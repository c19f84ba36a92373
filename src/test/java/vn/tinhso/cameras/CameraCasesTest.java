package vn.tinhso.cameras;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.cameras.internal.RetentionPurge;

/** Section speed with its evidence chain, decisions on hits, retention, the plate history gate and the pages. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CameraCasesTest {

    @Autowired MockMvc mvc;
    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;
    @Autowired RecognitionIntake intake;
    @Autowired RetentionPurge purge;

    private static boolean registered;

    @BeforeEach
    void section() {
        if (registered) return;
        registered = true;
        run("cameras.registry", """
                code,name,kind,latitude,longitude,road,clock_offset_ms
                SCAM-IN,Section entry,ai_plate,21.30,106.20,QL1A-T,400
                SCAM-OUT,Section exit,ai_plate,21.38,106.25,QL1A-T,-300
                """);
        run("cameras.sections", """
                code,name,entry_camera,exit_camera,distance_m,limit_kmh,classes,window_minutes
                TEST-SEC,Test section,SCAM-IN,SCAM-OUT,10000,80,car;truck,60
                """);
        run("cameras.watchlist", """
                list,list_kind,source,plate,reason,valid_from
                TEST-FINES,unpaid_fines,Test,36A-777.88,fine unpaid,2020-01-01
                """);
    }

    private void run(String kind, String csv) {
        assertThat(imports.runNow(new ImportRequest(kind + ".csv", csv.getBytes(StandardCharsets.UTF_8), kind, null, "test", "steward", false))
                .status()).isEqualTo(ImportStatus.ACCEPTED);
    }

    private RecognitionIntake.Received read(String camera, String time, String plate, String pass) {
        String json = "{\"camera\":\"" + camera + "\",\"time\":\"" + time + "\",\"plate\":\"" + plate + "\",\"vehicle\":\"car\",\"pass\":\"" + pass + "\"}";
        return intake.receive(null, "application/json", "auto", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSectionGivesAViolationOnlyAboveLimitPlusToleranceAfterDeductingTheClockError() {
        // 10 km in 400 s: 90 km/h measured. Clock offsets +400 and −300 ms give 400.7 s true; with 2 × 0.5 s error, 89.62 km/h.
        read("SCAM-IN", "2026-11-20T08:00:00.000+07:00", "30A-111.22", "s1");
        read("SCAM-OUT", "2026-11-20T08:06:40.000+07:00", "30A-111.22", "s2");
        // 10 km in 436 s: 82.6 km/h, above the limit but not above limit + 5: no violation.
        read("SCAM-IN", "2026-11-20T09:00:00.000+07:00", "30A-333.44", "s3");
        read("SCAM-OUT", "2026-11-20T09:07:16.000+07:00", "30A-333.44", "s4");
        List<Map<String, Object>> v = jdbc.sql("select canonical, evidence::text as evidence from cameras.violation where section_code = 'TEST-SEC'")
                .query().listOfRows();
        assertThat(v).hasSize(1);
        assertThat(v.get(0).get("canonical")).isEqualTo("30A11122");
        String evidence = (String) v.get(0).get("evidence");
        assertThat(evidence).contains("\"provable_kmh\": 89.62", "\"clock_offset_ms\": 400", "\"clock_offset_ms\": -300",
                "\"travel_seconds\": 400.7");
    }

    @Test
    void changingARecordedViolationBreaksTheEvidenceChainAtThatRecord() throws Exception {
        read("SCAM-IN", "2026-11-21T08:00:00.000+07:00", "30A-555.66", "t1");
        read("SCAM-OUT", "2026-11-21T08:05:00.000+07:00", "30A-555.66", "t2");
        mvc.perform(get("/api/cameras/violations/verify").with(user("op").roles("CAMERA_OPERATOR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true));
        long id = jdbc.sql("select id from cameras.violation where canonical = '30A55566'").query(Long.class).single();
        jdbc.sql("update cameras.violation set evidence = jsonb_set(evidence, '{calculation,provable_kmh}', '70') where id = :id")
                .param("id", id).update();
        try {
            mvc.perform(get("/api/cameras/violations/verify").with(user("op").roles("CAMERA_OPERATOR")))
                    .andExpect(jsonPath("$.intact").value(false)).andExpect(jsonPath("$.firstBroken").value(id));
        } finally {
            jdbc.sql("delete from cameras.violation where id >= :id").param("id", id).update();
        }
    }

    @Test
    void anOperatorsDecisionOnAHitNeedsAReasonIsAuditedAndClosesTheAlert() throws Exception {
        RecognitionIntake.Received r = read("SCAM-IN", "2026-11-22T10:00:00+07:00", "36A-777.88", "h1");
        assertThat(r.hits()).isEqualTo(1);
        long hit = jdbc.sql("select h.id from cameras.hit h where h.read_id = :r").param("r", r.readIds().get(0)).query(Long.class).single();
        mvc.perform(post("/api/cameras/hits/{id}/decision", hit).contentType("application/json").content("{\"confirmed\":false,\"reason\":\"\"}")
                .with(user("op").roles("CAMERA_OPERATOR")).with(csrf())).andExpect(status().is4xxClientError());
        mvc.perform(post("/api/cameras/hits/{id}/decision", hit).contentType("application/json")
                        .content("{\"confirmed\":false,\"reason\":\"plate misread: the car is a taxi\"}")
                        .with(user("op").roles("CAMERA_OPERATOR")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select status from cameras.hit where id = :id").param("id", hit).query(String.class).single()).isEqualTo("dismissed");
        assertThat(jdbc.sql("select count(*) from access.audit_log where action = 'camera.hit.dismiss' and object_id = :id")
                .param("id", String.valueOf(hit)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select a.status from alerts.alert a join cameras.hit h on h.alert_id = a.id where h.id = :id")
                .param("id", hit).query(String.class).single()).isEqualToIgnoringCase("closed");
    }

    @Test
    void thePurgeDeletesExpiredReadsButKeepsThoseWithAHitAndWritesItsCounts() {
        read("SCAM-OUT", "2020-03-01T10:00:00+07:00", "36A-777.88", "old-hit");
        read("SCAM-OUT", "2020-03-01T10:01:00+07:00", "36A-123.45", "old-plain");
        RetentionPurge.Purged p = purge.purge(Instant.now());
        assertThat(p.reads()).isGreaterThanOrEqualTo(1);
        List<String> left = jdbc.sql("select pass_id from cameras.read where pass_id in ('old-hit', 'old-plain')").query(String.class).list();
        assertThat(left).containsExactly("old-hit");
        assertThat(jdbc.sql("select count(*) from access.audit_log where action = 'cameras.purge'").query(Long.class).single()).isPositive();
    }

    @Test
    void aPlateHistoryNeedsAPurposeAndTheRoleAndIsAudited() throws Exception {
        read("SCAM-IN", "2026-11-23T07:00:00+07:00", "29A-246.80", "p1");
        read("SCAM-OUT", "2026-11-23T07:09:00+07:00", "29A-246.80", "p2");
        mvc.perform(get("/api/cameras/plates/29A24680/history").with(user("op").roles("CAMERA_OPERATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cameras/plates/29A24680/history").param("purpose", "x").with(user("v").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cameras/plates/29A-246.80/history").param("purpose", "case 12/2026")
                        .param("from", "2026-11-23T00:00:00Z").param("to", "2026-11-24T00:00:00Z")
                        .with(user("op").roles("CAMERA_OPERATOR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].camera").value("SCAM-IN"));
        assertThat(jdbc.sql("select count(*) from access.audit_log where object_id = '29A24680' and purpose = 'case 12/2026'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyAFaceAnalystWithAPurposeEnrolsFacesAndOnlyFaceAnalystsSeeTheirHits() throws Exception {
        String enrolment = "{\"watchlist\":\"TEST-FACES\",\"enrollmentId\":\"enrol-77\",\"embedding\":[0.1,0.9,0.3],"
                + "\"reason\":\"missing person\",\"validFrom\":\"2020-01-01\",\"purpose\":\"search for a missing child, case 5/2026\"}";
        mvc.perform(post("/api/cameras/faces").contentType("application/json").content(enrolment)
                .with(user("op").roles("CAMERA_OPERATOR")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/cameras/faces").contentType("application/json").content(enrolment.replace(",\"purpose\":\"search for a missing child, case 5/2026\"", ""))
                .with(user("fa").roles("FACE_ANALYST")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/cameras/faces").contentType("application/json").content(enrolment)
                .with(user("fa").roles("FACE_ANALYST")).with(csrf())).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from access.audit_log where object_id = 'enrol-77' and purpose like 'search for a missing child%'")
                .query(Long.class).single()).isEqualTo(1);

        String byId = "{\"camera\":\"SCAM-IN\",\"time\":\"2026-11-25T08:00:00+07:00\",\"type\":\"face\",\"face_id\":\"enrol-77\"}";
        String byEmbedding = "{\"camera\":\"SCAM-IN\",\"time\":\"2026-11-25T08:01:00+07:00\",\"type\":\"face\",\"embedding\":[0.11,0.88,0.31]}";
        String stranger = "{\"camera\":\"SCAM-IN\",\"time\":\"2026-11-25T08:02:00+07:00\",\"type\":\"face\",\"embedding\":[0.9,-0.1,0.0]}";
        assertThat(intake.receive(null, "application/json", "auto", byId.getBytes(StandardCharsets.UTF_8)).hits()).isEqualTo(1);
        assertThat(intake.receive(null, "application/json", "auto", byEmbedding.getBytes(StandardCharsets.UTF_8)).hits()).isEqualTo(1);
        assertThat(intake.receive(null, "application/json", "auto", stranger.getBytes(StandardCharsets.UTF_8)).hits()).isZero();

        mvc.perform(get("/api/cameras/face-hits").with(user("fa").roles("FACE_ANALYST")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.watchlist == 'TEST-FACES')]").isNotEmpty());
        mvc.perform(get("/api/cameras/hits").with(user("op").roles("CAMERA_OPERATOR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.watchlist == 'TEST-FACES')]").isEmpty());
        mvc.perform(get("/api/cameras/face-hits").with(user("op").roles("CAMERA_OPERATOR"))).andExpect(status().isForbidden());
        long faceHit = jdbc.sql("select max(h.id) from cameras.hit h join cameras.watch_entry e on e.id = h.entry_id where e.face_id = 'enrol-77'")
                .query(Long.class).single();
        mvc.perform(get("/cameras/hits/{id}", faceHit).with(user("op").roles("CAMERA_OPERATOR"))).andExpect(status().isNotFound());
        mvc.perform(get("/cameras/hits/{id}", faceHit).with(user("fa").roles("FACE_ANALYST"))).andExpect(status().isOk());
    }

    @Test
    void everyCameraPageAnswersInBothLanguagesAndListsShowMaskedPlates() throws Exception {
        read("SCAM-IN", "2026-11-24T07:00:00+07:00", "36A-777.88", "pg1");
        long hit = jdbc.sql("select max(id) from cameras.hit").query(Long.class).single();
        for (String lang : List.of("vi", "en")) {
            for (String path : List.of("/cameras", "/cameras/camera/SCAM-IN", "/cameras/hits", "/cameras/hits/" + hit, "/cameras/violations",
                    "/cameras/traffic?day=2026-11-20", "/cameras/plates")) {
                String html = mvc.perform(get(path).param("lang", lang).with(user("op").roles("CAMERA_OPERATOR")))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(html).as(path).doesNotContain("??");
                if (path.startsWith("/cameras/hits")) assertThat(html).as(path).doesNotContain("36A-777.88").contains("36A-***88");
            }
        }
        mvc.perform(get("/cameras/hits").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/cameras").with(user("v").roles("VIEWER"))).andExpect(status().isOk());
    }
}
