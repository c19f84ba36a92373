package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.demo.DemoContext;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;
import vn.tinhso.territory.Territory;

/** The demo's registry extracts pass the hub's own checks and fill the registries. */
@SpringBootTest
@ActiveProfiles("test")
class RegistriesDemoTest {

    @Autowired List<DemoDataContributor> contributors;
    @Autowired Territory territory;
    @Autowired JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theDemoRegistriesAreImportedThroughTheHubsImportKinds() {
        if (territory.villages("24", DemoContext.ARTICLE_DATE).stream().noneMatch(v -> v.code().length() == 8))
            DemoParts.contribute(contributors, "villages");
        DemoParts.contribute(contributors, "registries");

        assertThat(count("select count(*) from hub.citizen where personal_id like '024%'")).isGreaterThan(2000);
        assertThat(count("select count(*) from hub.citizen where personal_id not like '096%'")).isBetween(3000L, 4500L);
        assertThat(count("select count(*) from hub.household where code like 'HK-%'")).isEqualTo(1000);
        assertThat(count("select count(*) from hub.enterprise where tax_code like '24%'")).isEqualTo(600);
        assertThat(count("select count(*) from hub.enterprise where length(tax_code) = 13 and tax_code like '24%'")).isPositive();
        assertThat(count("select count(*) from hub.parcel where map_sheet < 900")).isEqualTo(3000);
        assertThat(count("select count(*) from hub.parcel where land_use = 'SKK' and length(holder_id) = 10")).isPositive();
        assertThat(count("select count(*) from hub.citizen where village_code is not null and personal_id like '024%'")).isPositive();
    }
}
