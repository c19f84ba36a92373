package vn.tinhso.cameras;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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

import vn.tinhso.alerts.Alert;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.catalog.RowProblem;

/** Camera pushes through the HTTP receiver into durable reads, set-aside payloads and watchlist alerts. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CameraReceiverTest {

    static final String REGISTRY = """
            code,name,kind,latitude,longitude,road,vendor,device_ids,clock_offset_ms,status
            TCAM-HIK,Test Hikvision,ai_plate,21.2731,106.1946,QL1A,Hikvision,44:19:b6:7a:00:15;10.24.1.15,0,active
            TCAM-AXIS,Test Axis,ai_plate,21.2800,106.2000,QL17,Axis,ACCC8E5A0041,0,active
            TCAM-GEN,Test generic,ai_plate,21.2900,106.2100,QL37,Other,,0,active
            """;

    @Autowired MockMvc mvc;
    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;
    @Autowired Alerts alerts;
    @Autowired vn.tinhso.access.Accounts accounts;
    @Autowired vn.tinhso.access.ApiTokens tokens;

    private static boolean registered;

    @BeforeEach
    void registerTestCameras() {
        if (registered) return;
        registered = true;
        assertThat(importFile("cameras.registry", REGISTRY).status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(importFile("cameras.watchlist", """
                list,list_kind,list_name,source,plate,reason,valid_from,valid_to
                TEST-STOLEN,stolen_vehicle,Test stolen vehicles,Test police,37A-555.66,reported stolen,2020-01-01,
                """).status()).isEqualTo(ImportStatus.ACCEPTED);
    }

    private ImportJob importFile(String kind, String csv) {
        return imports.runNow(new ImportRequest(kind + ".csv", csv.getBytes(StandardCharsets.UTF_8), kind, null, "test", "steward", false));
    }

    private org.springframework.test.web.servlet.ResultActions push(String path, String contentType, byte[] body) throws Exception {
        return mvc.perform(post(path).contentType(contentType).content(body).with(user("op").roles("CAMERA_OPERATOR"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
    }

    @Test
    void badRegistryRowsAreRefusedWithTheirLines() {
        ImportJob job = importFile("cameras.registry", """
                code,name,kind,latitude,longitude,stream_url
                TCAM-BAD1,Bad kind,thermal,21.27,106.19,
                TCAM-BAD2,Saigon,ai_plate,10.78,106.70,
                TCAM-BAD3,Creds in URL,surveillance,21.27,106.19,rtsp://admin:12345@10.0.0.1/stream
                """);
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.problems()).extracting(RowProblem::line, RowProblem::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(2, "kind"), org.assertj.core.groups.Tuple.tuple(3, "latitude"),
                org.assertj.core.groups.Tuple.tuple(4, "stream_url"));
        assertThat(jdbc.sql("select count(*) from cameras.camera where code like 'TCAM-BAD%'").query(Long.class).single()).isZero();
    }

    @Test
    void aHikvisionPushIsStoredForTheCameraItsMacNamesWithItsImagesKeptByHash() throws Exception {
        byte[] body = vn.tinhso.cameras.internal.RecognitionFormatsTestAccess.hikvisionMultipart("MIME_boundary");
        push("/api/cameras/events", "multipart/form-data; boundary=MIME_boundary", body)
                .andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));
        Map<String, Object> read = jdbc.sql("select camera, display, lane, images::text as images from cameras.read where format = 'hikvision' and camera = 'TCAM-HIK'")
                .query().singleRow();
        assertThat(read.get("display")).isEqualTo("98A-123.45");
        assertThat(read.get("lane")).isEqualTo(2);
        assertThat((String) read.get("images")).contains("licensePlatePicture.jpg", "sha256");
        assertThat(jdbc.sql("select last_seen is not null from cameras.camera where code = 'TCAM-HIK'").query(Boolean.class).single()).isTrue();
    }

    @Test
    void anEventFromAnUnknownCameraOrAnXxePayloadIsKeptAsideNotDropped() throws Exception {
        push("/api/cameras/events", "application/json",
                "{\"camera\":\"NOT-REGISTERED\",\"time\":\"2026-11-28T09:00:00+07:00\",\"plate\":\"98A-111.22\"}".getBytes())
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.setAside").isNumber());
        push("/api/cameras/events/TCAM-GEN", "application/xml", vn.tinhso.cameras.internal.RecognitionFormatsTestAccess.fixture("xxe.xml"))
                .andExpect(status().isAccepted());
        List<String> reasons = jdbc.sql("select reason from cameras.set_aside order by id").query(String.class).list();
        assertThat(reasons).anyMatch(r -> r.contains("NOT-REGISTERED")).anyMatch(r -> r.contains("DTD"));
        assertThat(jdbc.sql("select count(*) from cameras.read where plate_text like '%root%'").query(Long.class).single()).isZero();
    }

    @Test
    void aPayloadFromACameraRegisteredLaterIsReceivedAgainFromTheReviewPage() throws Exception {
        push("/api/cameras/events", "application/json",
                "{\"camera\":\"LATE-CAM\",\"time\":\"2026-11-28T12:00:00+07:00\",\"plate\":\"98B-135.79\",\"pass\":\"late1\"}".getBytes())
                .andExpect(status().isAccepted());
        long id = jdbc.sql("select max(id) from cameras.set_aside where reason like '%LATE-CAM%'").query(Long.class).single();
        assertThat(importFile("cameras.registry", "code,name,kind,latitude,longitude\nLATE-CAM,Late camera,ai_plate,21.28,106.2\n").status())
                .isEqualTo(ImportStatus.ACCEPTED);
        mvc.perform(post("/cameras/set-aside/{id}", id).param("action", "retry").with(user("op").roles("CAMERA_OPERATOR"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from cameras.read where camera = 'LATE-CAM' and pass_id = 'late1'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select reviewed from cameras.set_aside where id = :id").param("id", id).query(Boolean.class).single()).isTrue();
        mvc.perform(get("/cameras/set-aside").with(user("op").roles("CAMERA_OPERATOR"))).andExpect(status().isOk());
    }

    @Test
    void anAxisUpdateSentLaterCorrectsThePlateOfTheStoredPass() throws Exception {
        push("/api/cameras/events", "application/json", vn.tinhso.cameras.internal.RecognitionFormatsTestAccess.fixture("axis-new.json"))
                .andExpect(status().isOk());
        push("/api/cameras/events", "application/json", vn.tinhso.cameras.internal.RecognitionFormatsTestAccess.fixture("axis-update.json"))
                .andExpect(status().isOk());
        List<String> plates = jdbc.sql("select canonical from cameras.read where camera = 'TCAM-AXIS' and pass_id = '41'")
                .query(String.class).list();
        assertThat(plates).containsExactly("98A76900");
    }

    @Test
    void aListedPlateAndAPlateOneCharacterOffRaiseAlertsThatNameTheHitNotThePlate() throws Exception {
        push("/api/cameras/events", "application/json",
                "{\"camera\":\"TCAM-GEN\",\"time\":\"2026-11-28T10:00:00+07:00\",\"plate\":\"37A-555.66\",\"pass\":\"w1\"}".getBytes())
                .andExpect(status().isOk()).andExpect(jsonPath("$.hits").value(1));
        push("/api/cameras/events", "application/json",
                "{\"camera\":\"TCAM-GEN\",\"time\":\"2026-11-28T10:05:00+07:00\",\"plate\":\"37A-555.68\",\"pass\":\"w2\"}".getBytes())
                .andExpect(status().isOk()).andExpect(jsonPath("$.hits").value(1));
        push("/api/cameras/events", "application/json",
                "{\"camera\":\"TCAM-GEN\",\"time\":\"2026-11-28T10:06:00+07:00\",\"plate\":\"37A-999.99\",\"pass\":\"w3\"}".getBytes())
                .andExpect(status().isOk()).andExpect(jsonPath("$.hits").value(0));
        List<Alert> raised = alerts.find(new Alerts.AlertQuery("watchlist:TEST-STOLEN", null, null, null, null, 10));
        assertThat(raised).hasSize(2);
        assertThat(raised).allSatisfy(a -> {
            assertThat(a.module()).isEqualTo("cameras");
            assertThat(a.entities()).containsKeys("camera", "watchlist", "hit").doesNotContainValue("37A-555.66");
        });
        assertThat(jdbc.sql("select distance from cameras.hit h join cameras.read r on r.id = h.read_id where r.pass_id in ('w1','w2') order by r.pass_id")
                .query(Integer.class).list()).containsExactly(0, 1);
    }

    @Test
    void aCameraThatOnlyKnowsBasicAuthenticationPushesWithATokenAsItsPasswordAndNoSession() throws Exception {
        accounts.createIfAbsent("camera-gateway", "Camera gateway", "camera-gateway-password",
                java.util.EnumSet.of(vn.tinhso.access.Role.CAMERA_OPERATOR));
        String secret = tokens.issue("camera-gateway", "hik push", vn.tinhso.access.Role.CAMERA_OPERATOR, java.util.Set.of("cameras:write"),
                java.time.Duration.ofDays(1)).secret();
        String basic = java.util.Base64.getEncoder().encodeToString(("admin:" + secret).getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/api/cameras/events/TCAM-GEN").contentType("application/json")
                        .content("{\"camera\":\"x\",\"time\":\"2026-11-28T11:00:00+07:00\",\"plate\":\"98A-246.13\"}")
                        .header("Authorization", "Basic " + basic))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));
        String wrong = java.util.Base64.getEncoder().encodeToString("admin:ts_not-a-token".getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/api/cameras/events/TCAM-GEN").contentType("application/json").content("{}").header("Authorization", "Basic " + wrong))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aPayloadOverTheLimitIsRefusedWith413() throws Exception {
        push("/api/cameras/events", "application/json", new byte[10_485_761]).andExpect(status().isPayloadTooLarge());
    }

    @Test
    void aViewerMayNotPushEvents() throws Exception {
        mvc.perform(post("/api/cameras/events").contentType("application/json").content("{}")
                        .with(user("v").roles("VIEWER"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isForbidden());
    }
}
