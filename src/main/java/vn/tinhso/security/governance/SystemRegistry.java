package vn.tinhso.security.governance;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The registry of information systems: written by the {@code security.systems} import, read by pages and detectors. */
@Service
public class SystemRegistry {

    private static final String COLUMNS = """
            s.id, s.name, s.owner_agency, s.operating_unit, s.infosec_unit, s.system_type, s.information_classes,
            s.proposed_level, s.approved_level, s.justification, s.dossier_status, s.decision_number, s.decision_date,
            s.decision_authority, s.review_date, s.monitoring_provider, s.national_monitoring""";

    private final JdbcClient jdbc;

    SystemRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters of the registry page; null fields filter nothing. */
    public record Filter(String agency, Integer level, String status, Boolean overdue) {
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /**
     * Adds the system or replaces the one of the same name, with its assets; a dossier that is new or changed
     * (status, levels, decision) gets a step in its history. Returns whether the system was new, changed or equal.
     */
    public Change save(InformationSystem s, long datasetVersionId) {
        Optional<InformationSystem> before = byName(s.name());
        long id = jdbc.sql("""
                insert into security.information_system (name, owner_agency, operating_unit, infosec_unit, system_type,
                    information_classes, proposed_level, approved_level, justification, dossier_status, decision_number,
                    decision_date, decision_authority, review_date, monitoring_provider, national_monitoring, dataset_version_id)
                values (:name, :agency, :op, :infosec, :type, cast(:classes as text[]), :proposed, :approved, :just, :status,
                    :dn, :dd, :da, :review, :provider, :national, :version)
                on conflict (name) do update set owner_agency = excluded.owner_agency, operating_unit = excluded.operating_unit,
                    infosec_unit = excluded.infosec_unit, system_type = excluded.system_type,
                    information_classes = excluded.information_classes, proposed_level = excluded.proposed_level,
                    approved_level = excluded.approved_level, justification = excluded.justification,
                    dossier_status = excluded.dossier_status, decision_number = excluded.decision_number,
                    decision_date = excluded.decision_date, decision_authority = excluded.decision_authority,
                    review_date = excluded.review_date, monitoring_provider = excluded.monitoring_provider,
                    national_monitoring = excluded.national_monitoring, dataset_version_id = excluded.dataset_version_id,
                    updated_at = now()
                returning id""")
                .param("name", s.name()).param("agency", s.ownerAgency()).param("op", s.operatingUnit())
                .param("infosec", s.infosecUnit()).param("type", s.systemType())
                .param("classes", "{" + String.join(",", s.informationClasses()) + "}")
                .param("proposed", s.proposedLevel()).param("approved", s.approvedLevel()).param("just", s.justification())
                .param("status", s.dossierStatus()).param("dn", s.decisionNumber()).param("dd", date(s.decisionDate()))
                .param("da", s.decisionAuthority()).param("review", date(s.reviewDate())).param("provider", s.monitoringProvider())
                .param("national", s.nationalMonitoring()).param("version", datasetVersionId).query(Long.class).single();
        jdbc.sql("delete from security.system_asset where system_id = :id").param("id", id).update();
        for (Asset a : s.assets()) {
            jdbc.sql("insert into security.system_asset (system_id, kind, value, range) values (:id, :k, :v, cast(:r as cidr))")
                    .param("id", id).param("k", a.kind()).param("v", a.value())
                    .param("r", Asset.CIDR.equals(a.kind()) ? a.value() : null).update();
        }
        boolean dossierChanged = before.map(b -> !Objects.equals(b.dossierStatus(), s.dossierStatus())
                || !Objects.equals(b.proposedLevel(), s.proposedLevel()) || !Objects.equals(b.approvedLevel(), s.approvedLevel())
                || !Objects.equals(b.decisionNumber(), s.decisionNumber()) || !Objects.equals(b.decisionDate(), s.decisionDate())
                || !Objects.equals(b.decisionAuthority(), s.decisionAuthority())).orElse(true);
        if (dossierChanged) {
            jdbc.sql("""
                    insert into security.dossier_event (system_id, status, proposed_level, approved_level, decision_number,
                        decision_date, decision_authority, dataset_version_id)
                    values (:id, :status, :proposed, :approved, :dn, :dd, :da, :version)""")
                    .param("id", id).param("status", s.dossierStatus()).param("proposed", s.proposedLevel())
                    .param("approved", s.approvedLevel()).param("dn", s.decisionNumber()).param("dd", date(s.decisionDate()))
                    .param("da", s.decisionAuthority()).param("version", datasetVersionId).update();
        }
        if (before.isEmpty()) return Change.ADDED;
        InformationSystem after = new InformationSystem(before.get().id(), s.name(), s.ownerAgency(), s.operatingUnit(), s.infosecUnit(),
                s.systemType(), s.informationClasses(), s.proposedLevel(), s.approvedLevel(), s.justification(), s.dossierStatus(),
                s.decisionNumber(), s.decisionDate(), s.decisionAuthority(), s.reviewDate(), s.monitoringProvider(),
                s.nationalMonitoring(), s.assets());
        return sameRecord(before.get(), after) ? Change.UNCHANGED : Change.CHANGED;
    }

    public enum Change { ADDED, CHANGED, UNCHANGED }

    private static boolean sameRecord(InformationSystem a, InformationSystem b) {
        return a.equals(b) || (a.withSortedAssets().equals(b.withSortedAssets()));
    }

    public Optional<InformationSystem> byName(String name) {
        return query("where s.name = :name", Map.of("name", name)).stream().findFirst();
    }

    public Optional<InformationSystem> byId(long id) {
        return query("where s.id = :id", Map.of("id", id)).stream().findFirst();
    }

    public List<InformationSystem> find(Filter f) {
        StringBuilder where = new StringBuilder("where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.agency() != null && !f.agency().isBlank()) {
            where.append(" and s.owner_agency = :agency");
            params.put("agency", f.agency());
        }
        if (f.level() != null) {
            where.append(" and coalesce(s.approved_level, s.proposed_level) = :level");
            params.put("level", f.level());
        }
        if (f.status() != null && !f.status().isBlank()) {
            where.append(" and s.dossier_status = :status");
            params.put("status", f.status());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" and s.review_date < current_date");
        }
        return query(where.toString(), params);
    }

    public List<String> agencies() {
        return jdbc.sql("select distinct owner_agency from security.information_system order by 1").query(String.class).list();
    }

    public List<InformationSystem.DossierStep> history(long systemId) {
        return jdbc.sql("""
                select status, proposed_level, approved_level, decision_number, decision_date, decision_authority,
                       dataset_version_id, recorded_at
                  from security.dossier_event where system_id = :id order by id desc""")
                .param("id", systemId)
                .query((rs, n) -> new InformationSystem.DossierStep(rs.getString(1), integer(rs, 2), integer(rs, 3), rs.getString(4),
                        localDate(rs, 5), rs.getString(6), rs.getLong(7), rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** Systems one of whose ranges holds the address, or one of whose host names is the name (case-insensitive). */
    public List<InformationSystem> owning(String addressOrHost) {
        // Entity values come from events: nothing that cannot be a host name or an address reaches the database.
        if (addressOrHost == null || addressOrHost.isBlank() || addressOrHost.length() > 253
                || addressOrHost.chars().anyMatch(Character::isISOControl)) return List.of();
        Optional<java.net.InetAddress> ip = Cidr.address(addressOrHost);
        if (ip.isPresent()) {
            return query("where s.id in (select system_id from security.system_asset where kind = 'cidr' and range >>= cast(:ip as inet))",
                    Map.of("ip", ip.get().getHostAddress()));
        }
        return query("where s.id in (select system_id from security.system_asset where kind = 'host' and value = :host)",
                Map.of("host", addressOrHost.trim().toLowerCase(java.util.Locale.ROOT)));
    }

    private List<InformationSystem> query(String where, Map<String, ?> params) {
        var spec = jdbc.sql("select " + COLUMNS + """
                , coalesce((select array_agg(a.kind || ' ' || a.value order by a.kind desc, a.value)
                              from security.system_asset a where a.system_id = s.id), '{}')
                  from security.information_system s
                """ + where + " order by s.owner_agency, s.name");
        for (Map.Entry<String, ?> e : params.entrySet()) spec = spec.param(e.getKey(), e.getValue());
        return spec.query(SystemRegistry::row).list();
    }

    private static InformationSystem row(ResultSet rs, int n) throws SQLException {
        List<Asset> assets = new ArrayList<>();
        for (String a : strings(rs.getArray(18))) {
            int space = a.indexOf(' ');
            assets.add(new Asset(a.substring(0, space), a.substring(space + 1)));
        }
        return new InformationSystem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), strings(rs.getArray(7)), integer(rs, 8), integer(rs, 9), rs.getString(10), rs.getString(11),
                rs.getString(12), localDate(rs, 13), rs.getString(14), localDate(rs, 15), rs.getString(16), rs.getBoolean(17), assets);
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList();
    }

    private static Integer integer(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    private static LocalDate localDate(ResultSet rs, int i) throws SQLException {
        Date d = rs.getDate(i);
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
