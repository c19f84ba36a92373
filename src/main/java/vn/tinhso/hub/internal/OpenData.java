package vn.tinhso.hub.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The hub's open datasets and their DCAT-AP description. None holds a personal field: enterprises are public business
 * records; population and land use are counts per commune, and a count under {@link #SMALL_CELL} is withheld so that no
 * household can be singled out. A registry may withhold its dataset while its latest version fails an expectation
 * ({@link DatasetRules}); the catalogue then leaves it out and its files answer with the failed expectations.
 */
@Service
public class OpenData {

    static final int SMALL_CELL = 5;

    /** @param theme an EU data-theme code (publications.europa.eu authority table) */
    public record OpenDataset(String id, String title, String titleEn, String description, String theme, List<String> columns,
                              String sql) {
    }

    static final List<OpenDataset> DATASETS = List.of(
            new OpenDataset("enterprises", "Doanh nghiệp đăng ký trên địa bàn tỉnh", "Enterprises registered in the province",
                    "Registered enterprises and branches: tax code, name, industry (VSIC 2018), commune, registration date, status, industrial park.",
                    "ECON", List.of("tax_code", "name", "vsic", "commune", "registered_on", "status", "industrial_park"), """
                    select tax_code, name, vsic, commune_code as commune, registered_on::text as registered_on, status, industrial_park
                    from hub.enterprise order by tax_code"""),
            new OpenDataset("population-by-commune", "Dân số theo xã", "Population by commune",
                    "Citizens and households per commune of permanent residence, from the population registry; counts under 5 are withheld.",
                    "SOCI", List.of("commune", "citizens", "households", "female", "male"), """
                    select commune_code as commune,
                           case when count(*) >= 5 then count(*) end as citizens,
                           case when count(distinct household_code) >= 5 then count(distinct household_code) end as households,
                           case when count(*) filter (where sex = 'female') >= 5 then count(*) filter (where sex = 'female') end as female,
                           case when count(*) filter (where sex = 'male') >= 5 then count(*) filter (where sex = 'male') end as male
                    from hub.citizen group by commune_code order by commune_code"""),
            new OpenDataset("land-use-by-commune", "Diện tích đất theo loại đất và xã", "Land area by use and commune",
                    "Parcels and their area (m²) per commune and land-use code, from the land registry; counts under 5 are withheld.",
                    "AGRI", List.of("commune", "land_use", "parcels", "area_m2"), """
                    select commune_code as commune, land_use, count(*) as parcels, sum(area_m2) as area_m2
                    from hub.parcel group by commune_code, land_use having count(*) >= 5 order by commune_code, land_use"""));

    private final JdbcClient jdbc;
    private final String publisher;
    private final String province;
    private final DatasetRules rules;
    private final Expectations expectations;

    OpenData(JdbcClient jdbc, @Value("${tinhso.hub.publisher:Trung tâm dữ liệu tỉnh}") String publisher,
             @Value("${tinhso.province:24}") String province, DatasetRules rules, Expectations expectations) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.expectations = expectations;
        this.publisher = publisher;
        this.province = province;
    }

    public List<OpenDataset> datasets() {
        return DATASETS;
    }

    public Optional<OpenDataset> dataset(String id) {
        return DATASETS.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The dataset's rows; throws {@link PublicationBlocked} while its registry withholds it. */
    public List<Map<String, Object>> rows(OpenDataset d) {
        blocked(d).ifPresent(e -> {
            throw e;
        });
        return jdbc.sql(d.sql()).query().listOfRows();
    }

    /** Why the dataset is withheld: its registry blocks publication and the latest checked version failed expectations. */
    public Optional<PublicationBlocked> blocked(OpenDataset d) {
        String registry = registry(d);
        if (!rules.rule(registry).blockPublication()) return Optional.empty();
        List<vn.tinhso.hub.internal.ExpectationResult> failed = expectations.latest(registry).stream().filter(r -> !r.passed()).toList();
        return failed.isEmpty() ? Optional.empty() : Optional.of(new PublicationBlocked(d.id(), failed));
    }

    static String registry(OpenDataset d) {
        return switch (d.id()) {
            case "enterprises" -> "enterprises";
            case "population-by-commune" -> "citizens";
            default -> "parcels";
        };
    }

    /** A DCAT-AP 3 catalogue as JSON-LD; {@code base} is the server's address for the distributions' URLs. */
    public Map<String, Object> catalog(String base) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        Map<String, Object> agent = Map.of("@type", "foaf:Agent", "foaf:name", publisher);
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("@context", context);
        catalog.put("@id", base + "/api/hub/open/catalog");
        catalog.put("@type", "dcat:Catalog");
        catalog.put("dct:title", List.of(Map.of("@value", "Dữ liệu mở của tỉnh", "@language", "vi"),
                Map.of("@value", "Open data of the province", "@language", "en")));
        catalog.put("dct:description", "Open datasets of the provincial data hub; none holds personal data.");
        catalog.put("dct:publisher", agent);
        catalog.put("dcat:dataset", DATASETS.stream().filter(d -> blocked(d).isEmpty()).map(d -> dataset(d, base, agent)).toList());
        return catalog;
    }

    private Map<String, Object> dataset(OpenDataset d, String base, Map<String, Object> agent) {
        Map<String, Object> m = new LinkedHashMap<>();
        String url = base + "/api/hub/open/" + d.id();
        m.put("@id", url);
        m.put("@type", "dcat:Dataset");
        m.put("dct:identifier", d.id());
        m.put("dct:title", List.of(Map.of("@value", d.title(), "@language", "vi"), Map.of("@value", d.titleEn(), "@language", "en")));
        m.put("dct:description", d.description());
        m.put("dct:publisher", agent);
        m.put("dcat:theme", Map.of("@id", "http://publications.europa.eu/resource/authority/data-theme/" + d.theme()));
        m.put("dct:spatial", Map.of("@type", "dct:Location", "dct:identifier", "GSO:" + province));
        Map<String, Object> temporal = new LinkedHashMap<>();
        temporal.put("@type", "dct:PeriodOfTime");
        extent(d).ifPresent(e -> {
            temporal.put("dcat:startDate", Map.of("@value", e[0].toString(), "@type", "xsd:date"));
            temporal.put("dcat:endDate", Map.of("@value", e[1].toString(), "@type", "xsd:date"));
        });
        m.put("dct:temporal", temporal);
        m.put("dct:license", Map.of("@id", "http://creativecommons.org/licenses/by/4.0/"));
        modified(d).ifPresent(t -> m.put("dct:modified", Map.of("@value", t.toString(), "@type", "xsd:dateTime")));
        m.put("dcat:distribution", List.of(distribution(url + ".csv", "text/csv", "CSV"), distribution(url + ".json", "application/json", "JSON")));
        return m;
    }

    private static Map<String, Object> distribution(String url, String mediaType, String format) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "dcat:Distribution");
        m.put("dcat:accessURL", Map.of("@id", url));
        m.put("dcat:downloadURL", Map.of("@id", url));
        m.put("dcat:mediaType", Map.of("@id", "https://www.iana.org/assignments/media-types/" + mediaType));
        m.put("dct:format", Map.of("@id", "http://publications.europa.eu/resource/authority/file-type/" + format));
        m.put("dct:license", Map.of("@id", "http://creativecommons.org/licenses/by/4.0/"));
        return m;
    }

    /** The registry tables a dataset is computed from, for its lineage. */
    List<String> tables(OpenDataset d) {
        return "population-by-commune".equals(d.id()) ? List.of("hub.citizen", "hub.household") : List.of(table(d));
    }

    private String table(OpenDataset d) {
        return switch (d.id()) {
            case "enterprises" -> "hub.enterprise";
            case "population-by-commune" -> "hub.citizen";
            default -> "hub.parcel";
        };
    }

    /** The span of the records' source updates. */
    private Optional<LocalDate[]> extent(OpenDataset d) {
        Map<String, Object> row = jdbc.sql("select min(updated_at)::date as a, max(updated_at)::date as b from " + table(d)).query().singleRow();
        if (row.get("a") == null) return Optional.empty();
        return Optional.of(new LocalDate[] {((java.sql.Date) row.get("a")).toLocalDate(), ((java.sql.Date) row.get("b")).toLocalDate()});
    }

    private Optional<Instant> modified(OpenDataset d) {
        java.sql.Timestamp t = jdbc.sql("select max(updated_at) from " + table(d)).query((rs, row) -> rs.getTimestamp(1)).list().get(0);
        return Optional.ofNullable(t).map(java.sql.Timestamp::toInstant);
    }
}
