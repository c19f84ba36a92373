package vn.tinhso.demo.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.tinhso.cameras.RecognitionIntake;
import vn.tinhso.demo.DemoContext;

/**
 * Keeps the demo's cameras alive while the platform runs: every minute their heartbeats and a minute of traffic in the
 * vendors' formats, with a listed plate every fifth minute. On with demo mode ({@code tinhso.demo.camera-simulator},
 * default true); it waits until the demo's cameras are registered.
 */
@Component
class CameraSimulator {

    private static final Logger log = LoggerFactory.getLogger(CameraSimulator.class);

    private final CameraDemo demo;
    private final RecognitionIntake intake;
    private final boolean on;
    private final String province;
    private final AtomicLong ticks = new AtomicLong();

    CameraSimulator(CameraDemo demo, RecognitionIntake intake, @Value("${tinhso.demo.enabled:false}") boolean demoEnabled,
                    @Value("${tinhso.demo.camera-simulator:true}") boolean simulator, @Value("${tinhso.province}") String province) {
        this.demo = demo;
        this.intake = intake;
        this.on = demoEnabled && simulator;
        this.province = province;
    }

    @Scheduled(fixedDelayString = "${tinhso.demo.camera-simulator-interval:60s}", initialDelayString = "${tinhso.demo.camera-simulator-interval:60s}")
    void everyMinute() {
        if (!on) return;
        try {
            tick(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        } catch (RuntimeException e) {
            log.warn("Camera simulator: {}", e.getMessage());
        }
    }

    /** One minute of the province's cameras; returns the watchlist hits raised, or -1 while the demo cameras are not there. */
    int tick(Instant now) {
        DemoContext context = new DemoContext(DemoContext.ARTICLE_DATE, province, DemoGenerator.SEED, DemoGenerator.SOURCE, "demo-generator");
        List<CameraDemo.DemoCamera> cameras;
        try {
            cameras = demo.fleet(context);
        } catch (IllegalStateException noVillagesYet) {
            return -1;
        }
        if (!intake.heartbeat(cameras.get(0).code(), now)) return -1;
        demo.heartbeats(cameras, context.random("camera-heartbeats"), now);
        long n = ticks.incrementAndGet();
        List<CameraDemo.DemoCamera> plateCameras = cameras.stream().filter(c -> c.kind().equals("ai_plate") || c.kind().equals("ai_both")).toList();
        CameraTraffic traffic = new CameraTraffic(plateCameras, CameraDemo.plates(context.random("camera-stolen"), 40),
                CameraDemo.plates(context.random("camera-fines"), 300), new Random(n * 7919 + now.getEpochSecond()));
        int hits = 0;
        for (CameraPayloads.Payload p : traffic.minute(now.minus(java.time.Duration.ofMinutes(1)), n % 5 == 1)) {
            hits += intake.receive(null, p.contentType(), "auto", p.body()).hits();
        }
        return hits;
    }
}
