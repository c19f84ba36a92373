package vn.tinhso.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "steward", roles = "DATA_STEWARD")
class RecastingTest {

    private static final LocalDate BEFORE = LocalDate.of(2024, 9, 30);
    private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

    @Autowired Recasting recasting;
    @Autowired Territory territory;
    @Autowired JdbcClient jdbc;

    @Test
    void fullMergersCarryOldValuesWholeIntoTheNewCommune() {
        Recast recast = recasting.recast(Map.of("07201", new BigDecimal("10"), "07207", new BigDecimal("5.5"),
                "07210", new BigDecimal("1")), BEFORE, AFTER);

        assertThat(recast.values()).containsOnlyKeys("07210");
        assertThat(recast.values().get("07210")).isEqualByComparingTo("16.5");
        assertThat(recast.weights()).allSatisfy(w -> assertThat(w.weight()).isEqualByComparingTo("1"));
        assertThat(recast.unmapped()).isEmpty();
    }

    @Test
    void everyOldCommuneOfBothProvincesLandsInTheNewProvinceAndTheTotalIsKept() {
        Map<String, BigDecimal> population = new java.util.HashMap<>();
        for (AdminUnit commune : territory.units(BEFORE, "commune", null)) {
            population.put(commune.code(), BigDecimal.valueOf(commune.population()));
        }
        Recast recast = recasting.recast(population, BEFORE, AFTER);

        assertThat(recast.unmapped()).isEmpty();
        assertThat(recast.values()).hasSize(99);
        assertThat(sum(recast.values())).isEqualByComparingTo(sum(population));
    }

    @Test
    @Transactional
    void aPartialMappingSplitsAValueByPopulationAndThePartsAddUpToTheWhole() {
        LocalDate split = LocalDate.of(2031, 1, 1);
        jdbc.sql("""
                insert into territory.unit (code, valid_from, valid_to, name, name_ascii, level, depth, type, parent_code, population, source) values
                ('90001', '2025-07-01', '2031-01-01', 'Xã Thử', 'Xa Thu', 'commune', 1, 'Xã', '24', 7000, 'test'),
                ('90002', '2031-01-01', null, 'Xã Thử Một', 'Xa Thu Mot', 'commune', 1, 'Xã', '24', 2000, 'test'),
                ('90003', '2031-01-01', null, 'Xã Thử Hai', 'Xa Thu Hai', 'commune', 1, 'Xã', '24', 1000, 'test')""").update();
        jdbc.sql("""
                insert into territory.unit_mapping (old_code, new_code, effective, kind) values
                ('90001', '90002', '2031-01-01', 'partial'), ('90001', '90003', '2031-01-01', 'partial')""").update();

        Recast recast = recasting.recast(Map.of("90001", new BigDecimal("100")), AFTER, split);

        assertThat(recast.values().get("90002")).isEqualByComparingTo("66.6667");
        assertThat(recast.values().get("90003")).isEqualByComparingTo("33.3333");
        assertThat(sum(recast.values())).isEqualByComparingTo("100");
        assertThat(recast.weights()).extracting(RecastWeight::basis).containsOnly("population share of the receiving units (2019 census)");
        assertThat(recast.weights()).extracting(RecastWeight::weight).map(BigDecimal::toPlainString).containsExactly("0.666667", "0.333333");
    }

    private static BigDecimal sum(Map<String, BigDecimal> values) {
        return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
