package vn.tinhso.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.streams.Intake;
import vn.tinhso.streams.LogFormat;

/** The stored windows do not grow for ever: the detector deletes a window its source has moved past. */
@SpringBootTest
@ActiveProfiles("test")
class StaleWindowsAreDeletedTest {

    @Autowired Intake intake;
    @Autowired SigmaDetector detector;
    @Autowired JdbcClient jdbc;

    private long windowsOf(String ip) {
        return jdbc.sql("select count(*) from security.correlation_window where group_key like :k")
                .param("k", "%\"" + ip + "\"%").query(Long.class).single();
    }

    private void detectAll() {
        while (detector.runOnce() > 0) {
            // drain the log
        }
    }

    @Test
    void aWindowOlderThanItsTimespanIsDeletedAsTheDetectorReadsLaterEventsOfItsSource() {
        String ip = "203.0.113.177";
        Instant start = Instant.parse("2026-11-26T04:00:00Z");
        intake.accept("prune-test", LogFormat.AUTH, SocPipelineTest.YEAR_2026,
                SocPipelineTest.authLog(ip, start, 3).subList(0, 3));
        detectAll();
        assertThat(windowsOf(ip)).isPositive();

        // Later lines of the same source that match no correlation still move its clock on.
        intake.accept("prune-test", LogFormat.AUTH, SocPipelineTest.YEAR_2026,
                List.of(SocPipelineTest.SYSLOG.format(start.plusSeconds(3600)) + " bastion kernel: later noise"));
        detectAll();
        assertThat(windowsOf(ip)).isZero();
    }
}
