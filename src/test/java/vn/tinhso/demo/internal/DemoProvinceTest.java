package vn.tinhso.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.access.Accounts;
import vn.tinhso.access.Role;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.Imports;
import vn.tinhso.demo.DemoContext;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;
import vn.tinhso.territory.Village;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "steward", roles = "DATA_STEWARD")
class DemoProvinceTest {

    @Autowired DemoGenerator generator;
    @Autowired MockMvc mvc;
    @Autowired Territory territory;
    @Autowired Imports imports;
    @Autowired Accounts accounts;

    @Test
    void theDemoProvinceHasAboutTwoThousandVillagesThatAddUpToTheCensusAndAllHaveFibre() {
        generator.generate();
        var villages = territory.villages("24", DemoContext.ARTICLE_DATE).stream()
                .filter(v -> v.code().length() == 8).toList();

        assertThat(villages).hasSizeBetween(1900, 2200);
        Map<String, Long> byCommune = villages.stream()
                .collect(Collectors.groupingBy(Village::communeCode, Collectors.summingLong(Village::population)));
        for (AdminUnit commune : territory.units(DemoContext.ARTICLE_DATE, "commune", "24")) {
            assertThat(byCommune.get(commune.code())).as(commune.name()).isEqualTo(commune.population());
        }
        assertThat(villages).allSatisfy(v -> {
            assertThat(v.fibre()).isTrue();
            assertThat(v.households()).isPositive().isLessThanOrEqualTo(v.population().intValue());
            assertThat(v.adults()).isLessThanOrEqualTo(v.population().intValue());
        });
        ImportJob version = imports.job(villages.get(0).datasetVersionId()).orElseThrow();
        assertThat(version.source()).isEqualTo("TinhSo demo generator");
        assertThat(version.kind()).isEqualTo("territory.villages");
        assertThat(accounts.find("analyst")).get().satisfies(a -> assertThat(a.roles()).containsExactly(Role.ANALYST));
        assertThat(generator.generate()).as("runs only once").isFalse();
    }

    @Test
    void theSameSeedGivesTheSameVillages() {
        var communes = territory.units(DemoContext.ARTICLE_DATE, "commune", "24");
        var context = new DemoContext(DemoContext.ARTICLE_DATE, "24", DemoGenerator.SEED, "x", "x");

        assertThat(VillageListGenerator.generate(communes, context.random("villages")))
                .isEqualTo(VillageListGenerator.generate(communes, context.random("villages")));
    }

    @Test
    void theHomePageCountsTheVillagesWithFibreFromTheRegistry() throws Exception {
        generator.generate();
        String home = mvc.perform(get("/").param("lang", "en").with(user("v").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        // Other tests of this context may add villages of their own; the card must count whatever the registry holds.
        var villages = territory.villages("24", java.time.LocalDate.of(2024, 9, 30));
        long withFibre = villages.stream().filter(v -> Boolean.TRUE.equals(v.fibre())).count();
        assertThat(villages.size()).isGreaterThanOrEqualTo(2000);
        assertThat(home).contains(String.format(java.util.Locale.ENGLISH, "%,d of %,d villages", withFibre, villages.size()));
        if (withFibre < villages.size()) {
            assertThat(home).doesNotContain(">100 %<");
        }
    }
}
