package vn.tinhso.hub.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.Imports;

/**
 * The registries at a glance: how many records, how complete (the share of expected fields filled, over the records),
 * how fresh (the newest "updated at" from the source and when the last version came in).
 */
@Service
public class RegistryOverview {

    /** @param quality percent of expected fields filled; null without records */
    public record Registry(String code, String dataset, long records, Double quality, List<String> expected, Instant newestUpdate,
                           Instant lastImport, Long lastVersion) {
    }

    public record CommuneCount(String commune, long citizens, long enterprises, long parcels) {
    }

    private record Spec(String code, String dataset, String table, List<String> expected) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("citizens", "hub.citizens", "hub.citizen", List.of("household_code", "village_code", "ethnicity", "updated_at")),
            new Spec("households", "hub.citizens", "hub.household", List.of("village_code")),
            new Spec("enterprises", "hub.enterprises", "hub.enterprise", List.of("vsic", "registered_on", "updated_at")),
            new Spec("parcels", "hub.parcels", "hub.parcel", List.of("holder_id", "updated_at")));

    private final JdbcClient jdbc;
    private final Imports imports;

    RegistryOverview(JdbcClient jdbc, Imports imports) {
        this.jdbc = jdbc;
        this.imports = imports;
    }

    public List<Registry> registries() {
        return SPECS.stream().map(this::registry).toList();
    }

    private Registry registry(Spec s) {
        StringBuilder filled = new StringBuilder();
        for (String column : s.expected()) filled.append(filled.isEmpty() ? "" : " + ").append("count(").append(column).append(')');
        boolean hasUpdated = s.expected().contains("updated_at");
        Map<String, Object> row = jdbc.sql("select count(*) as n, " + filled + " as filled, max(dataset_version_id) as v"
                + (hasUpdated ? ", max(updated_at) as newest" : "") + " from " + s.table()).query().singleRow();
        long n = ((Number) row.get("n")).longValue();
        Double quality = n == 0 ? null : 100.0 * ((Number) row.get("filled")).longValue() / (n * s.expected().size());
        Long version = row.get("v") == null ? null : ((Number) row.get("v")).longValue();
        Instant lastImport = version == null ? null : imports.job(version).map(ImportJob::finishedAt).orElse(null);
        Instant newest = row.get("newest") instanceof Timestamp t ? t.toInstant()
                : row.get("newest") instanceof java.time.OffsetDateTime o ? o.toInstant() : null;
        return new Registry(s.code(), s.dataset(), n, quality, s.expected(), newest, lastImport, version);
    }

    /** Records per commune, the communes with most citizens first. */
    public List<CommuneCount> byCommune(int limit) {
        return jdbc.sql("""
                with c as (select commune_code, count(*) n from hub.citizen group by 1),
                     e as (select commune_code, count(*) n from hub.enterprise group by 1),
                     p as (select commune_code, count(*) n from hub.parcel group by 1)
                select coalesce(c.commune_code, e.commune_code, p.commune_code) as commune,
                       coalesce(c.n, 0) as citizens, coalesce(e.n, 0) as enterprises, coalesce(p.n, 0) as parcels
                from c full join e on e.commune_code = c.commune_code
                       full join p on p.commune_code = coalesce(c.commune_code, e.commune_code)
                order by 2 desc, 3 desc, 1 limit :n""").param("n", limit).query(CommuneCount.class).list();
    }

    public long citizens() {
        return jdbc.sql("select count(*) from hub.citizen").query(Long.class).single();
    }

    public long enterprises() {
        return jdbc.sql("select count(*) from hub.enterprise").query(Long.class).single();
    }

    public record Enterprise(String taxCode, String name, String vsic, String commune, java.time.LocalDate registeredOn, String status,
                             String industrialPark) {
    }

    /** Enterprise data is public: by tax code (whole or its start) or part of the name. */
    public List<Enterprise> searchEnterprises(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) return List.of();
        String like = q.matches("[0-9-]+") ? q.replace("-", "") + "%" : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String column = q.matches("[0-9-]+") ? "tax_code" : "name";
        return jdbc.sql("select tax_code, name, vsic, commune_code as commune, registered_on, status, industrial_park from hub.enterprise"
                + " where " + column + " ilike :q order by name, tax_code limit :n")
                .param("q", like).param("n", Math.max(1, Math.min(limit, 200))).query(Enterprise.class).list();
    }
}
