package vn.tinhso.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.demo.DemoContext;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;
import vn.tinhso.territory.Territory;

/** The article's 1,305 cameras and 22 AI cameras come out of the registry file; their day of traffic out of the receiver. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CameraDemoTest {

    @Autowired List<DemoDataContributor> contributors;
    @Autowired Territory territory;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CameraSimulator simulator;
    @Autowired vn.tinhso.cameras.internal.CameraHealth health;
    @Autowired vn.tinhso.alerts.Alerts alerts;

    private static boolean generated;
    private static long setAsideBefore;

    @BeforeEach
    void demoCameras() {
        if (generated) return;
        generated = true;
        setAsideBefore = jdbc.sql("select count(*) from cameras.set_aside").query(Long.class).single();
        if (territory.villages("24", DemoContext.ARTICLE_DATE).stream().noneMatch(v -> v.code().length() == 8))
            DemoParts.contribute(contributors, "villages");
        DemoParts.contribute(contributors, "cameras");
    }

    @Test
    void theRegistryHoldsTheArticles1305CamerasOfWhich22AreAiAndMostAreOnline() throws Exception {
        assertThat(jdbc.sql("select count(*) from cameras.camera where code like 'CAM-%'").query(Long.class).single()).isEqualTo(1305);
        assertThat(jdbc.sql("select count(*) from cameras.camera where code like 'CAM-%' and kind like 'ai%'").query(Long.class).single())
                .isEqualTo(22);
        mvc.perform(get("/api/cameras/summary").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1305)))
                .andExpect(jsonPath("$.online").value(org.hamcrest.Matchers.greaterThan(1200)))
                .andExpect(jsonPath("$.offline").value(org.hamcrest.Matchers.greaterThan(0)));
    }

    @Test
    void camerasHeardBeforeButSilentForHoursRaiseOneGroupedOfflineAlertEach() {
        health.raiseOfflineAlerts();
        health.raiseOfflineAlerts();
        List<vn.tinhso.alerts.Alert> offline = alerts.find(new vn.tinhso.alerts.Alerts.AlertQuery("camera-offline", null, null, null, null, 5000));
        long silentForHours = jdbc.sql("select count(*) from cameras.camera where code like 'CAM-%' and last_seen < now() - interval '1 hour'")
                .query(Long.class).single();
        assertThat(silentForHours).isPositive();
        assertThat(offline.stream().filter(a -> a.entities().get("camera").startsWith("CAM-")).count()).isEqualTo(silentForHours);
        assertThat(offline).allSatisfy(a -> assertThat(a.count()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void theDayOfTrafficArrivesInFourFormatsWithHitsSectionViolationsAndRedLights() {
        assertThat(jdbc.sql("select distinct format from cameras.read where camera like 'CAM-%'").query(String.class).list())
                .contains("axis", "dahua", "generic", "hikvision");
        assertThat(jdbc.sql("select count(*) from cameras.read where type = 'plate' and camera like 'CAM-%'").query(Long.class).single()).isGreaterThan(4000);
        assertThat(jdbc.sql("select count(*) from cameras.hit where camera like 'CAM-%'").query(Long.class).single()).isGreaterThanOrEqualTo(6);
        assertThat(jdbc.sql("select count(*) from cameras.hit where distance = 1 and camera like 'CAM-%'").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from cameras.violation where kind = 'section_speed' and section_code like 'QL1A-BG%'").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from cameras.violation where kind = 'red_light' and camera like 'CAM-%'").query(Long.class).single()).isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from cameras.set_aside").query(Long.class).single()).isEqualTo(setAsideBefore);
        assertThat(jdbc.sql("select count(*) from cameras.read where images::text like '%sha256%' and camera like 'CAM-%'").query(Long.class).single()).isPositive();
    }

    @Test
    void theSimulatorKeepsCamerasAliveAndRaisesAListedPlateEveryFifthMinute() {
        long hitsBefore = jdbc.sql("select count(*) from cameras.hit").query(Long.class).single();
        int hits = simulator.tick(Instant.now());
        assertThat(hits).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from cameras.hit").query(Long.class).single()).isGreaterThan(hitsBefore);
    }
}
