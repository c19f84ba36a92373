package vn.tinhso.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.tinhso.alerts.AlertDraft;
import vn.tinhso.alerts.Alerts;
import vn.tinhso.alerts.Severity;
import vn.tinhso.security.drills.Drills;
import vn.tinhso.security.governance.Attribution;
import vn.tinhso.security.reports.EventCounts;
import vn.tinhso.security.sigma.Correlator;
import vn.tinhso.security.sigma.RuleIndex;
import vn.tinhso.security.sigma.SigmaRule;
import vn.tinhso.security.sigma.SigmaRules;
import vn.tinhso.streams.Event;
import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.WakeOnAppend;

/**
 * Reads the event log from its checkpoint and runs the bundled rules and the correlation pack on every event. Alerts
 * are raised, and the correlations' windows stored, in the transaction that moves the checkpoint, so a batch is either
 * detected once or not at all, and a restart resumes every window where the checkpoint is. An alert on
 * a system of level 4 or 5 in the registry is raised one or two steps above the rule's level.
 */
@Component
class SigmaDetector {

    static final String CONSUMER = "security.sigma";
    private static final Logger LOG = LoggerFactory.getLogger(SigmaDetector.class);
    /** The entity that marks an alert raised from drill data ({@code drill-<run>}); real statistics leave such alerts out. */
    static final String DRILL = vn.tinhso.alerts.Alert.DRILL_ENTITY;
    private static final List<String> ENTITY_FIELDS = List.of("host.name", "source.ip", "user.name", "destination.ip", "file.path");

    private final EventLog log;
    private final Alerts alerts;
    private final RuleIndex rules;
    private final Set<String> correlated;
    private final Correlator correlator;
    private final Map<String, String> failures;
    private final Attribution attribution;
    private final EventCounts counts;
    private final CorrelationWindows windows;
    /** False until the correlator holds the stored windows, and again after a failed batch rolled them back. */
    private boolean restored;
    private WakeOnAppend wake;

    SigmaDetector(EventLog log, Alerts alerts, Attribution attribution, EventCounts counts, CorrelationWindows windows,
                  @Value("${tinhso.security.detection.wake-on-append:true}") boolean wakeOnAppend) {
        this.counts = counts;
        this.windows = windows;
        this.log = log;
        this.alerts = alerts;
        this.attribution = attribution;
        SigmaRules.Loaded loaded = new SigmaRules(Map.of()).load(bundled());
        this.rules = new RuleIndex(loaded.rules());
        this.failures = loaded.failures();
        this.correlator = new Correlator(loaded.correlations());
        // Sigma's default: a rule a correlation refers to does not raise alerts of its own.
        this.correlated = loaded.correlations().stream().flatMap(c -> c.rules().stream()).collect(Collectors.toSet());
        LOG.info("Sigma: {} rules and {} correlations loaded, {} not loaded", loaded.rules().size(), loaded.correlations().size(), failures.size());
        failures.forEach((file, why) -> LOG.warn("Sigma rule {} not loaded: {}", file, why));
        if (wakeOnAppend) {
            // Alerts within moments of the events, not at the next poll; the poll stays for other processes' events.
            this.wake = new WakeOnAppend(log, "sigma-detector", this::poll);
        }
    }

    @PreDestroy
    void stop() {
        if (wake != null) {
            wake.close();
        }
    }

    private static Map<String, String> bundled() {
        Map<String, String> texts = new LinkedHashMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:security/sigma/**/*.yml")) {
                texts.put(r.getURL().toString().replaceFirst(".*security/sigma/", ""), r.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    Map<String, String> failures() {
        return failures;
    }

    @Scheduled(initialDelayString = "${tinhso.security.detection.interval:2s}", fixedDelayString = "${tinhso.security.detection.interval:2s}")
    void poll() {
        while (runOnce() > 0) {
            // keep reading while the log has events
        }
    }

    /** Handles the next batch; returns how many events it read. */
    synchronized int runOnce() {
        if (!restored) {
            correlator.restore(windows.load());
            restored = true;
        }
        try {
            return log.consume(CONSUMER, 5_000, this::detect);
        } catch (RuntimeException e) {
            // The batch's checkpoint and windows were rolled back; the windows in memory were not.
            restored = false;
            throw e;
        }
    }

    private void detect(List<Event> events) {
        counts.add(events);
        List<AlertDraft> raised = new ArrayList<>();
        for (Event e : events) {
            Map<String, Object> fields = e.fields();
            String drill = Drills.tagOfSource(e.source());
            List<SigmaRule> matched = rules.matching(fields);
            correlator.observe(e.source(), e.timestamp());
            for (SigmaRule r : matched) {
                if (!correlated.contains(r.id()) && !correlated.contains(r.name())) {
                    Map<String, String> entities = new LinkedHashMap<>();
                    ENTITY_FIELDS.forEach(f -> {
                        if (fields.get(f) != null) {
                            entities.put(f, String.valueOf(fields.get(f)));
                        }
                    });
                    if (drill != null) {
                        entities.put(DRILL, drill);
                    }
                    raised.add(new AlertDraft("security", r.id(), r.title(),
                            attribution.severityFor(Severity.ofLevel(r.level()), entities), entities,
                            e.timestamp(), e.timestamp(), 1));
                }
            }
            if (!matched.isEmpty()) {
                for (Correlator.Hit h : correlator.accept(e.source(), e.timestamp(), fields, matched)) {
                    Map<String, String> group = new LinkedHashMap<>(h.group());
                    if (drill != null) {
                        group.put(DRILL, drill);
                    }
                    raised.add(new AlertDraft("security", h.correlation().id(), h.correlation().title(),
                            attribution.severityFor(Severity.ofLevel(h.correlation().level()), h.group()), group,
                            h.first(), h.last(), h.value()));
                }
            }
        }
        alerts.raiseAll(raised);
        correlator.prune();
        windows.save(correlator.drainChanged());
    }
}
