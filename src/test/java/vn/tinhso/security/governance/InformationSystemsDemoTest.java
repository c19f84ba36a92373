package vn.tinhso.security.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;

/** The demo's registry goes through the import kind; the compliance page computes the article's 100 % from it. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InformationSystemsDemoTest {

    @Autowired List<DemoDataContributor> contributors;
    @Autowired SystemRegistry registry;
    @Autowired MockMvc mvc;

    private static boolean generated;

    @BeforeEach
    void generateTheDemoSystems() {
        if (generated) return;
        generated = true;
        DemoParts.contribute(contributors, "information systems");
    }

    /** The demo's systems: those its generator signed, whatever other tests added to the shared registry. */
    List<InformationSystem> demoSystems() {
        return registry.find(SystemRegistry.Filter.ALL).stream()
                .filter(s -> s.ownerAgency().equals("UBND tỉnh") || s.ownerAgency().startsWith("Sở ") || s.ownerAgency().equals("Thanh tra tỉnh"))
                .toList();
    }

    @Test
    void everyDemoSystemHasAnApprovedDossierSoComplianceIsAHundredPercentByLevelAndAgency() throws Exception {
        List<InformationSystem> systems = demoSystems();
        assertThat(systems).hasSizeBetween(30, 45);
        Compliance c = Compliance.of(systems, LocalDate.now());
        assertThat(c.all().percent()).isEqualTo(100.0);
        assertThat(c.byLevel().keySet()).contains(2, 3, 4);
        assertThat(c.byAgency()).hasSizeGreaterThanOrEqualTo(10).allSatisfy((agency, share) -> assertThat(share.percent()).as(agency).isEqualTo(100.0));
        assertThat(systems).allSatisfy(s -> assertThat(s.assets()).isNotEmpty());

        for (Map.Entry<String, String> lang : Map.of("vi", "Tỷ lệ hệ thống có hồ sơ cấp độ được phê duyệt", "en",
                "Share of systems with an approved security-level dossier").entrySet()) {
            String page = mvc.perform(get("/security/systems").param("agency", "Sở Y tế").param("lang", lang.getKey())
                            .with(user("soc").roles("SOC_ANALYST")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains(lang.getValue()).contains("id=\"compliance-share\">100").contains("chart-compliance-level")
                    .contains("Trang thông tin điện tử - Sở Y tế");
        }
        long dc = registry.byName("Trung tâm dữ liệu tỉnh").orElseThrow().id();
        String system = mvc.perform(get("/security/systems/{id}", dc).param("lang", "en").with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(system).contains("A level 4 dossier").contains("bastion").contains("Dossier history");
        assertThat(registry.history(dc)).extracting(InformationSystem.DossierStep::status).containsExactly("approved", "submitted");
    }

    @Test
    void theHomeCardAndTheLegalBasisPageSpeakBothLanguages() throws Exception {
        String home = mvc.perform(get("/").param("lang", "en").with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("card-security-dossiers").contains("Information systems with an approved security-level dossier");
        for (String lang : List.of("vi", "en")) {
            String page = mvc.perform(get("/security/legal-basis").param("lang", lang).with(user("admin").roles("ADMIN")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Nghị định 85/2016/NĐ-CP").contains("legal-form");
        }
        String soc = mvc.perform(get("/security/legal-basis").with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(soc).doesNotContain("legal-form");
    }
}
