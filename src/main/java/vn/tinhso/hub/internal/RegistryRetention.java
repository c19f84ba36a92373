package vn.tinhso.hub.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.Imports;

/**
 * Deletes a registry's records whose last writing version finished longer ago than the registry's retention rule (the
 * source has not confirmed them since), with the expectation results of those versions, and writes what it deleted to the
 * audit log. A version the catalog does not know is left alone.
 */
@Service
public class RegistryRetention {

    private static final Map<String, String> TABLE = Map.of("citizens", "hub.citizen", "enterprises", "hub.enterprise", "parcels", "hub.parcel");

    /** @param versions the versions whose records went */
    public record Purged(String registry, int retentionDays, Instant cutoff, long records, List<Long> versions) {
    }

    private final JdbcClient jdbc;
    private final DatasetRules rules;
    private final Imports imports;
    private final AuditLog audit;
    private final Clock clock;

    RegistryRetention(JdbcClient jdbc, DatasetRules rules, Imports imports, AuditLog audit) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.imports = imports;
        this.audit = audit;
        this.clock = Clock.systemUTC();
    }

    @Scheduled(cron = "${tinhso.hub.retention-cron:0 45 2 * * *}", zone = "${tinhso.time-zone:Asia/Ho_Chi_Minh}")
    void nightly() {
        purge("system");
    }

    /** Applies every registry's retention rule. */
    @Transactional
    public List<Purged> purge(String by) {
        List<Purged> purged = new ArrayList<>();
        for (DatasetRule rule : rules.all())
            if (rule.retentionDays() != null) purged.add(purge(rule, by));
        return purged;
    }

    private Purged purge(DatasetRule rule, String by) {
        String registry = rule.registry(), table = TABLE.get(registry);
        Instant cutoff = clock.instant().minus(Duration.ofDays(rule.retentionDays()));
        List<Long> old = jdbc.sql("select distinct dataset_version_id from " + table).query(Long.class).list().stream()
                .filter(v -> imports.job(v).map(ImportJob::finishedAt).map(cutoff::isAfter).orElse(false)).sorted().toList();
        long records = 0;
        if (!old.isEmpty()) {
            records = jdbc.sql("delete from " + table + " where dataset_version_id in (:v)").param("v", old).update();
            if ("citizens".equals(registry))
                records += jdbc.sql("""
                        delete from hub.household h where h.dataset_version_id in (:v)
                        and not exists (select from hub.citizen c where c.household_code = h.code)""").param("v", old).update();
            jdbc.sql("delete from hub.expectation_result where registry = :r and version_id in (:v)").param("r", registry).param("v", old).update();
            jdbc.sql("delete from hub.registry_size where registry = :r and version_id in (:v)").param("r", registry).param("v", old).update();
        }
        audit.record(new AuditEntry(by, "hub.retention.purge", "hub-registry", registry, "retention rule",
                "retentionDays=" + rule.retentionDays() + " cutoff=" + cutoff + " records=" + records + " versions=" + old));
        return new Purged(registry, rule.retentionDays(), cutoff, records, old);
    }
}
