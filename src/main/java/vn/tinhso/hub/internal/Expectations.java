package vn.tinhso.hub.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.catalog.DatasetVersionImported;

/**
 * Expectations in the manner of Great Expectations / Deequ, run on each registry after every version that changed it:
 * valid keys, allowed values, ranges, links to territory units and to master records, completeness thresholds, and the
 * row count against the previous version. The quality score of a registry is the share of its latest expectations that held.
 */
@Service
public class Expectations {

    /** A registry that shrinks by more than this share from one version to the next is suspect. */
    static final double MAX_DROP = 0.10;

    static final Map<String, String> REGISTRY_OF_KIND = Map.of(CitizenImportKind.CODE, "citizens", EnterpriseImportKind.CODE, "enterprises",
            ParcelImportKind.CODE, "parcels");

    private final JdbcClient jdbc;
    private final KnownPlaces places;

    Expectations(JdbcClient jdbc, KnownPlaces places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    @ApplicationModuleListener
    void on(DatasetVersionImported event) {
        String registry = REGISTRY_OF_KIND.get(event.kind());
        if (registry != null && event.rowsAccepted() > 0) check(registry, event.versionId());
    }

    /** Checks the registry as it stands after the version and keeps the results; checking a version again replaces them. */
    @Transactional
    public List<ExpectationResult> check(String registry, long versionId) {
        List<ExpectationResult> results = switch (registry) {
            case "citizens" -> citizens(versionId);
            case "enterprises" -> enterprises(versionId);
            case "parcels" -> parcels(versionId);
            default -> throw new IllegalArgumentException("no registry " + registry);
        };
        List<ExpectationResult> all = new ArrayList<>(results);
        all.add(rowCount(registry, versionId));
        jdbc.sql("delete from hub.expectation_result where registry = :r and version_id = :v").param("r", registry).param("v", versionId).update();
        for (ExpectationResult r : all)
            jdbc.sql("insert into hub.expectation_result (registry, version_id, expectation, passed, observed) values (:r, :v, :e, :p, :o)")
                    .param("r", registry).param("v", versionId).param("e", r.expectation()).param("p", r.passed()).param("o", r.observed()).update();
        return all;
    }

    /** The results of the newest checked version of the registry. */
    public List<ExpectationResult> latest(String registry) {
        return jdbc.sql("""
                select registry, version_id, expectation, passed, observed from hub.expectation_result
                where registry = :r and version_id = (select max(version_id) from hub.expectation_result where registry = :r)
                order by id""").param("r", registry).query(ExpectationResult.class).list();
    }

    private List<ExpectationResult> citizens(long v) {
        return List.of(
                none("citizens", v, "personal_id has 12 digits", "select count(*) from hub.citizen where personal_id !~ '^[0-9]{12}$'"),
                none("citizens", v, "sex is male or female", "select count(*) from hub.citizen where sex not in ('male', 'female')"),
                none("citizens", v, "birth_date between 1900-01-01 and today",
                        "select count(*) from hub.citizen where birth_date < date '1900-01-01' or birth_date > current_date"),
                communes("citizens", v, "hub.citizen"),
                share("citizens", v, "household given for at least 95 %", "select count(household_code) as filled, count(*) as total from hub.citizen", 0.95));
    }

    private List<ExpectationResult> enterprises(long v) {
        List<String> codes = jdbc.sql("select tax_code from hub.enterprise").query(String.class).list();
        long invalid = codes.stream().filter(c -> !TaxCode.isValid(c)).count();
        return List.of(
                new ExpectationResult("enterprises", v, "tax_code has a valid check digit", invalid == 0, invalid + " invalid of " + codes.size()),
                none("enterprises", v, "status is active, suspended, dissolving or dissolved",
                        "select count(*) from hub.enterprise where status not in ('active', 'suspended', 'dissolving', 'dissolved')"),
                communes("enterprises", v, "hub.enterprise"),
                share("enterprises", v, "industry code given for at least 90 %", "select count(vsic) as filled, count(*) as total from hub.enterprise", 0.90));
    }

    private List<ExpectationResult> parcels(long v) {
        return List.of(
                none("parcels", v, "area_m2 is positive", "select count(*) from hub.parcel where area_m2 <= 0"),
                none("parcels", v, "land_use is a 3-letter code", "select count(*) from hub.parcel where land_use !~ '^[A-Z]{3}$'"),
                communes("parcels", v, "hub.parcel"),
                share("parcels", v, "holder is a citizen or enterprise on record for at least 90 %", """
                        select count(*) filter (where exists (select 1 from hub.citizen c where c.personal_id = p.holder_id)
                                                   or exists (select 1 from hub.enterprise e where e.tax_code = p.holder_id)) as filled,
                               count(*) filter (where holder_id is not null) as total
                        from hub.parcel p""", 0.90));
    }

    private ExpectationResult none(String registry, long v, String name, String countSql) {
        long bad = jdbc.sql(countSql).query(Long.class).single();
        return new ExpectationResult(registry, v, name, bad == 0, bad + " rows break it");
    }

    /** {@code sql} gives {@code filled} of {@code total} rows. */
    private ExpectationResult share(String registry, long v, String name, String sql, double minimum) {
        Map<String, Object> row = jdbc.sql(sql).query().singleRow();
        long filled = ((Number) row.get("filled")).longValue(), total = ((Number) row.get("total")).longValue();
        double share = total == 0 ? 1 : (double) filled / total;
        return new ExpectationResult(registry, v, name, share >= minimum, String.format(java.util.Locale.ROOT, "%.1f %% of %d", 100 * share, total));
    }

    private ExpectationResult communes(String registry, long v, String table) {
        List<String> codes = jdbc.sql("select distinct commune_code from " + table).query(String.class).list();
        List<String> unknown = codes.stream().filter(c -> !places.commune(c)).toList();
        return new ExpectationResult(registry, v, "commune is a territory unit on record", unknown.isEmpty(),
                unknown.isEmpty() ? codes.size() + " communes, all known" : "unknown: " + String.join(", ", unknown.subList(0, Math.min(10, unknown.size()))));
    }

    private ExpectationResult rowCount(String registry, long v) {
        String table = switch (registry) {
            case "citizens" -> "hub.citizen";
            case "enterprises" -> "hub.enterprise";
            default -> "hub.parcel";
        };
        long now = jdbc.sql("select count(*) from " + table).query(Long.class).single();
        Long before = jdbc.sql("select records from hub.registry_size where registry = :r and version_id < :v order by version_id desc limit 1")
                .param("r", registry).param("v", v).query(Long.class).optional().orElse(null);
        jdbc.sql("""
                insert into hub.registry_size (registry, version_id, records) values (:r, :v, :n)
                on conflict (registry, version_id) do update set records = excluded.records""")
                .param("r", registry).param("v", v).param("n", now).update();
        boolean held = before == null || before == 0 || now >= before * (1 - MAX_DROP);
        return new ExpectationResult(registry, v, "row count fell by at most 10 % from the previous version", held,
                before == null ? now + " (first version checked)" : before + " → " + now);
    }
}
