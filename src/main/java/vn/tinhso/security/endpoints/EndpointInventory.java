package vn.tinhso.security.endpoints;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The central view of anti-malware endpoints across vendors, fed by the import and by antivirus events. */
@Service
public class EndpointInventory {

    private final JdbcClient jdbc;
    private final EndpointLimits limits;

    EndpointInventory(JdbcClient jdbc, EndpointLimits limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    /** Filters of the endpoint page; nulls filter nothing. */
    public record Filter(String agency, String vendor, boolean flaggedOnly) {
        public static final Filter ALL = new Filter(null, null, false);
    }

    /** A row of an agency's inventory; later values of the same host keep the newest dates. */
    public record Reported(String host, String agency, String vendor, String agentVersion, String signatureVersion,
                           LocalDate signaturesUpdated, Instant lastSeen, Integer detections30d) {
    }

    public void report(Reported r, Long datasetVersionId) {
        jdbc.sql("""
                insert into security.endpoint (host, agency, vendor, agent_version, signature_version, signatures_updated,
                    last_seen, imported_detections, dataset_version_id)
                values (:host, cast(:agency as text), cast(:vendor as text), cast(:agent as text), cast(:sigv as text), cast(:sigd as date),
                    cast(:seen as timestamptz), coalesce(cast(:det as int), 0), cast(:version as bigint))
                on conflict (host) do update set
                    agency = coalesce(excluded.agency, security.endpoint.agency),
                    vendor = coalesce(excluded.vendor, security.endpoint.vendor),
                    agent_version = coalesce(excluded.agent_version, security.endpoint.agent_version),
                    signature_version = case when excluded.signatures_updated is not null
                        and excluded.signatures_updated >= coalesce(security.endpoint.signatures_updated, excluded.signatures_updated)
                        then coalesce(excluded.signature_version, security.endpoint.signature_version) else security.endpoint.signature_version end,
                    signatures_updated = greatest(security.endpoint.signatures_updated, excluded.signatures_updated),
                    last_seen = greatest(security.endpoint.last_seen, excluded.last_seen),
                    imported_detections = case when cast(:det as int) is null then security.endpoint.imported_detections else excluded.imported_detections end,
                    dataset_version_id = coalesce(excluded.dataset_version_id, security.endpoint.dataset_version_id),
                    updated_at = now()""")
                .param("host", normal(r.host())).param("agency", r.agency()).param("vendor", r.vendor()).param("agent", r.agentVersion())
                .param("sigv", r.signatureVersion()).param("sigd", r.signaturesUpdated() == null ? null : Date.valueOf(r.signaturesUpdated()))
                .param("seen", r.lastSeen() == null ? null : Timestamp.from(r.lastSeen())).param("det", r.detections30d())
                .param("version", datasetVersionId).update();
    }

    /** A detection an antivirus event reported on the host. */
    public void detection(String host, Instant at, String threat, String filePath, long eventSequence) {
        jdbc.sql("insert into security.endpoint_detection (host, at, threat, file_path, event_seq) values (:h, :at, :t, :p, :s)")
                .param("h", normal(host)).param("at", Timestamp.from(at)).param("t", threat).param("p", filePath).param("s", eventSequence)
                .update();
    }

    static String normal(String host) {
        return host.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public List<Endpoint> find(Filter f, LocalDate today) {
        Instant since = today.atStartOfDay(ZoneOffset.UTC).toInstant().minus(30, ChronoUnit.DAYS);
        return jdbc.sql("""
                select e.host, e.agency, e.vendor, e.agent_version, e.signature_version, e.signatures_updated, e.last_seen,
                       e.imported_detections + (select count(*) from security.endpoint_detection d where d.host = e.host and d.at >= :since)
                  from security.endpoint e
                 where (cast(:agency as text) is null or e.agency = :agency)
                   and (cast(:vendor as text) is null or e.vendor = :vendor)
                 order by e.agency nulls last, e.host""")
                .param("since", Timestamp.from(since)).param("agency", blank(f.agency())).param("vendor", blank(f.vendor()))
                .query((rs, n) -> row(rs, today)).list().stream()
                .filter(e -> !f.flaggedOnly() || e.flagged()).toList();
    }

    public Optional<Endpoint> byHost(String host, LocalDate today) {
        return find(Filter.ALL, today).stream().filter(e -> e.host().equals(normal(host))).findFirst();
    }

    /** Endpoints by vendor (unknown vendor as an empty name): count and how many are flagged. */
    public static Map<String, long[]> byVendor(List<Endpoint> endpoints) {
        Map<String, long[]> by = new LinkedHashMap<>();
        endpoints.stream().sorted(java.util.Comparator.comparing(e -> e.vendor() == null ? "" : e.vendor())).forEach(e -> {
            long[] c = by.computeIfAbsent(e.vendor() == null ? "" : e.vendor(), k -> new long[2]);
            c[0]++;
            if (e.flagged()) c[1]++;
        });
        return by;
    }

    public List<String> agencies() {
        return jdbc.sql("select distinct agency from security.endpoint where agency is not null order by 1").query(String.class).list();
    }

    public List<String> vendors() {
        return jdbc.sql("select distinct vendor from security.endpoint where vendor is not null order by 1").query(String.class).list();
    }

    private Endpoint row(ResultSet rs, LocalDate today) throws SQLException {
        Date sig = rs.getDate(6);
        LocalDate signatures = sig == null ? null : sig.toLocalDate();
        Timestamp seen = rs.getTimestamp(7);
        Instant lastSeen = seen == null ? null : seen.toInstant();
        Long age = signatures == null ? null : ChronoUnit.DAYS.between(signatures, today);
        boolean stale = age != null && age > limits.staleSignatureDays();
        boolean silent = lastSeen == null
                || lastSeen.isBefore(today.atStartOfDay(ZoneOffset.UTC).toInstant().minus(limits.silentDays(), ChronoUnit.DAYS));
        return new Endpoint(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), signatures,
                lastSeen, rs.getLong(8), age, stale, silent);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
