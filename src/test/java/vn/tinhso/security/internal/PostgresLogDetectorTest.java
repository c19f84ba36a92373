package vn.tinhso.security.internal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.streams.Intake;

/**
 * The detector contract on the default PostgreSQL log, with the application's own detector. Its detector cannot be
 * replaced while its schedule runs, so {@link #restart()} does nothing here; {@link DetectionSurvivesKillNineTest}
 * restarts the whole process on this log.
 */
@SpringBootTest
@ActiveProfiles("test")
class PostgresLogDetectorTest extends DetectorContract {

    @Autowired Intake intake;
    @Autowired SigmaDetector detector;

    @Override
    Intake intake() {
        return intake;
    }

    @Override
    SigmaDetector detector() {
        return detector;
    }

    @Override
    int octet() {
        return 81;
    }

    @Override
    String name() {
        return "postgres";
    }

    @Override
    void restart() {
    }
}
