package vn.tinhso.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.dashboard.HeadlineCard;
import vn.tinhso.dashboard.HeadlineCardProvider;

/** Acceptance details: OpenCelliD's attribution beside what is derived from its cells, and cells leaving the model on their date. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AttributionAndDecommissioningTest {

    @Autowired Imports imports;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired List<HeadlineCardProvider> cards;
    @Autowired MessageSource messages;

    private static boolean imported;

    // An OpenCelliD cell created 2025-06-04; an inventory cell on air from 2025-01-01 until 2025-04-01, another still on air.
    @BeforeEach
    void cells() {
        if (imported) return;
        imported = true;
        String ocid = """
                radio,mcc,net,area,cell,unit,lon,lat,range,samples,changeable,created,updated,averageSignal
                LTE,452,4,39001,4242,,106.19,21.28,1000,12,1,1749000000,1749100000,0
                """;
        assertThat(imports.runNow(new ImportRequest("attribution-ocid.csv", ocid.getBytes(StandardCharsets.UTF_8), "infrastructure.opencellid",
                null, "OpenCelliD attribution test", "steward", false)).status()).isEqualTo(ImportStatus.ACCEPTED);
        String inventory = "site,site_latitude,site_longitude,site_height_m,site_type,site_owner,mnc,technology,area,"
                + "cell,band_mhz,azimuth,tilt,antenna_height_m,power_dbm,status,commissioned_on,decommissioned_on\n"
                + "INV-D1,21.35,106.25,35,ground_mast,,04,4G,43001,300,1800,90,4,33,43,active,2025-01-01,2025-04-01\n"
                + "INV-D2,21.36,106.26,35,ground_mast,,04,4G,43001,301,1800,90,4,33,43,active,2025-01-01,\n";
        assertThat(imports.runNow(new ImportRequest("decommissioned.csv", inventory.getBytes(StandardCharsets.UTF_8), "infrastructure.inventory",
                null, "Decommissioning test", "steward", false)).status()).isEqualTo(ImportStatus.ACCEPTED);
    }

    private MockHttpServletResponse fetch(String path) throws Exception {
        return mvc.perform(get(path).param("lang", "en").with(user("v").roles("VIEWER"))).andExpect(status().isOk()).andReturn().getResponse();
    }

    private String text(String path) throws Exception {
        return fetch(path).getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void figuresDerivedFromOpenCellIdCarryItsAttributionFromTheDateItsCellsAppear() throws Exception {
        String before = "2024-09-30", after = "2025-07-01";
        assertThat(text("/infrastructure/gaps?budget=1&asOf=" + before)).doesNotContain("opencellid-attribution", "data-attribution");
        assertThat(text("/api/infrastructure/footprints?technology=4G&operator=04&asOf=" + before)).doesNotContain("OpenCelliD");
        assertThat(fetch("/api/infrastructure/gaps.csv?asOf=" + before).getHeader("X-Attribution")).isNull();

        assertThat(text("/infrastructure/gaps?budget=1&asOf=" + after)).contains("id=\"opencellid-attribution\"",
                "data-attribution=\"Cell data © OpenCelliD contributors, CC BY-SA 4.0\"");
        assertThat(text("/infrastructure?asOf=" + after)).contains("id=\"opencellid-attribution\"", "data-attribution=");
        assertThat(text("/api/infrastructure/footprints?technology=4G&operator=04&asOf=" + after))
                .contains("\"attribution\":\"Cell data © OpenCelliD contributors, CC BY-SA 4.0 (opencellid.org)\"");
        assertThat(fetch("/api/infrastructure/gaps.csv?asOf=" + after).getHeader("X-Attribution")).contains("OpenCelliD", "CC BY-SA 4.0");
        // The home page shows its fixed map date; the 4G card of a later date carries the attribution in its note.
        HeadlineCard card = cards.stream().flatMap(p -> p.cards(new HeadlineCardProvider.Request("24", LocalDate.parse(after), Locale.ENGLISH)).stream())
                .filter(c -> c.key().equals("infra-4g")).findFirst().orElseThrow();
        assertThat(card.note().key()).isEqualTo("infra.method.short.opencellid");
        assertThat(messages.getMessage(card.note().key(), null, Locale.ENGLISH)).contains("OpenCelliD", "CC BY-SA 4.0");
    }

    @Test
    void aDecommissionedCellLeavesTheCoverageModelOnItsDecommissioningDate() throws Exception {
        long id = jdbc.sql("select id from infrastructure.cell where area = 43001 and cell = 300 and mnc = '04'").query(Long.class).single();
        String onAir = text("/api/infrastructure/footprints?technology=4G&operator=04&asOf=2025-03-31");
        String gone = text("/api/infrastructure/footprints?technology=4G&operator=04&asOf=2025-04-01");
        assertThat(onAir).containsPattern("\"cell\":" + id + "[,}]");
        assertThat(gone).doesNotContainPattern("\"cell\":" + id + "[,}]");
    }
}
