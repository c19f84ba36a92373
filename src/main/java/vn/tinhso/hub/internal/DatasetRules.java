package vn.tinhso.hub.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;

/** The publication and retention rules of the registries; a registry without a row publishes regardless and keeps everything. */
@Service
public class DatasetRules {

    public static final List<String> REGISTRIES = List.of("citizens", "enterprises", "parcels");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    DatasetRules(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public DatasetRule rule(String registry) {
        return jdbc.sql("select registry, block_publication, retention_days from hub.dataset_rule where registry = :r")
                .param("r", registry).query(DatasetRule.class).optional().orElse(new DatasetRule(registry, false, null));
    }

    public List<DatasetRule> all() {
        return REGISTRIES.stream().map(this::rule).toList();
    }

    @Transactional
    public DatasetRule set(DatasetRule rule, String by) {
        if (!REGISTRIES.contains(rule.registry())) throw new IllegalArgumentException("no registry " + rule.registry());
        if (rule.retentionDays() != null && rule.retentionDays() <= 0) throw new IllegalArgumentException("retention must be at least one day");
        jdbc.sql("""
                insert into hub.dataset_rule (registry, block_publication, retention_days, updated_by) values (:r, :b, :d, :by)
                on conflict (registry) do update set block_publication = excluded.block_publication,
                    retention_days = excluded.retention_days, updated_by = excluded.updated_by, updated_at = now()""")
                .param("r", rule.registry()).param("b", rule.blockPublication()).param("d", rule.retentionDays()).param("by", by).update();
        audit.record(new AuditEntry(by, "hub.rule.set", "hub-registry", rule.registry(), null,
                "blockPublication=" + rule.blockPublication() + " retentionDays=" + rule.retentionDays()));
        return rule(rule.registry());
    }
}
