package vn.tinhso.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.infrastructure.internal.CoverageService;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;

/** Towers' communes follow the territory of the date asked; cells' footprints and the gap list leave as GeoJSON and XLSX. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TowerCommunesAndExportsTest {

    private static final String HEADER = "site,site_latitude,site_longitude,site_height_m,site_type,site_owner,mnc,technology,area,"
            + "cell,band_mhz,azimuth,tilt,antenna_height_m,power_dbm,status,commissioned_on,decommissioned_on\n";
    private static final LocalDate IN_2024 = LocalDate.of(2024, 6, 1);

    @Autowired Imports imports;
    @Autowired Territory territory;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    private AdminUnit old;

    @BeforeEach
    void aTowerPutUpIn2023() {
        old = territory.units(IN_2024, "commune", "24").stream().filter(u -> u.code().equals("07201")).findFirst().orElseThrow();
        if (jdbc.sql("select count(*) from infrastructure.tower where code = 'RECAST-1'").query(Long.class).single() > 0) return;
        String rows = "RECAST-1,%s,%s,35,ground_mast,,04,4G,43001,7001,1800,90,4,30,43,active,2023-05-01,\n".formatted(old.latitude(), old.longitude());
        var job = imports.runNow(new ImportRequest("recast.csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8), "infrastructure.inventory",
                null, "Recast test inventory", "steward", false));
        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
    }

    private JsonNode api(String path, Map<String, String> params) throws Exception {
        var request = get(path).with(user("v").roles("VIEWER"));
        params.forEach(request::param);
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String communeOnMap(Map<String, String> params) throws Exception {
        for (JsonNode f : api("/api/infrastructure/towers", params).get("features"))
            if (f.at("/properties/code").asString().equals("RECAST-1")) return f.at("/properties/commune").asString();
        throw new AssertionError("RECAST-1 is not on the map");
    }

    @Test
    void aTowerCommissionedBeforeTheReorganisationShowsTheCommuneOfTheDateAsked() throws Exception {
        LocalDate today = CoverageService.today();
        String expectedToday = territory.units(today, "commune", "24").stream()
                .filter(u -> u.latitude() != null)
                .min(Comparator.comparingDouble(u -> Math.hypot(u.latitude() - old.latitude(),
                        (u.longitude() - old.longitude()) * Math.cos(Math.toRadians(old.latitude())))))
                .orElseThrow().code();
        assertThat(expectedToday).isNotEqualTo("07201");
        assertThat(communeOnMap(Map.of("asOf", IN_2024.toString()))).isEqualTo("07201");
        assertThat(communeOnMap(Map.of())).isEqualTo(expectedToday);
        assertThat(api("/api/infrastructure/towers/RECAST-1", Map.of()).at("/tower/communeCode").asString()).isEqualTo(expectedToday);
        assertThat(api("/api/infrastructure/towers/RECAST-1", Map.of("asOf", IN_2024.toString())).at("/tower/communeCode").asString())
                .isEqualTo("07201");
    }

    @Test
    void eachCellsFootprintIsAPolygonOnTheMapLayer() throws Exception {
        long cellId = jdbc.sql("select id from infrastructure.cell where area = 43001 and cell = 7001").query(Long.class).single();
        JsonNode feature = null;
        for (JsonNode f : api("/api/infrastructure/footprints", Map.of("technology", "4G", "operator", "04")).get("features"))
            if (f.at("/properties/cell").asLong() == cellId) feature = f;
        assertThat(feature).as("the cell's footprint").isNotNull();
        assertThat(feature.at("/geometry/type").asString()).isEqualTo("Polygon");
        assertThat(feature.at("/properties/sector").asBoolean()).isTrue();
        assertThat(feature.at("/properties/method").asString()).isEqualTo("hata");
        assertThat(feature.at("/properties/radiusKm").asDouble()).isPositive();
        JsonNode ring = feature.at("/geometry/coordinates/0");
        // A sector starts and ends at the site, and its arc lies east of it (azimuth 90°).
        assertThat(ring.get(0).get(0).asDouble()).isCloseTo(old.longitude(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(ring.get(ring.size() - 1)).isEqualTo(ring.get(0));
        assertThat(ring.get(ring.size() / 2).get(0).asDouble()).isGreaterThan(old.longitude());
        assertThat(api("/api/infrastructure/footprints", Map.of("technology", "2G", "operator", "04")).get("features").findValues("cell")
                .stream().map(JsonNode::asLong)).doesNotContain(cellId);
    }

    @Test
    void theGapListDownloadsAsAWorkbookWithTheSameRowsAsTheList() throws Exception {
        int gaps = api("/api/infrastructure/gaps", Map.of("asOf", IN_2024.toString())).size();
        byte[] xlsx = mvc.perform(get("/api/infrastructure/gaps.xlsx").param("asOf", IN_2024.toString()).with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<String> names = new java.util.ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            assertThat(names).containsExactly("village", "name", "commune", "commune_name", "population", "best_technology", "has_4g",
                    "has_fibre", "latitude", "longitude");
            assertThat(sheet.getLastRowNum()).isEqualTo(gaps);
        }
    }
}
