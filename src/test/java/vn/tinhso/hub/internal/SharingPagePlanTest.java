package vn.tinhso.hub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sharing API's page for a grant of a few communes reads each commune's rows from the (commune, id) index in key
 * order and merges them, instead of walking the whole table in key order and filtering (the cause of the slow pages on
 * the 10-million-row benchmark). Sequential scans are switched off so that the small test table plans as a large one.
 */
@SpringBootTest
@ActiveProfiles("test")
class SharingPagePlanTest {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired vn.tinhso.catalog.Imports imports;

    @Test
    void aDistrictPageMergesOneIndexRangePerCommuneInKeyOrder() {
        SharedDatasets.Dataset citizens = SharedDatasets.ALL.get("citizens");
        List<String> communes = List.of("07201", "07207", "07210");
        String sql = SharingService.pageSql(citizens, citizens.columns(), communes, true, 1000, 0);

        List<String> plan = transaction.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            var explain = jdbc.sql("explain " + sql).param("a0", "0");
            for (int i = 0; i < communes.size(); i++) explain = explain.param("u" + i, communes.get(i));
            return explain.query(String.class).list();
        });

        String text = String.join("\n", plan);
        assertThat(plan.get(0)).startsWith("Limit");
        assertThat(plan.get(1)).contains("Merge Append");
        // An index scan, or a bitmap scan and a sort per commune when the shared test database holds the demo's citizens.
        assertThat(text).containsPattern("(Index Scan using|Bitmap Index Scan on) citizen_commune_id").doesNotContain("citizen_pkey");
        assertThat(text.lines().filter(l -> l.contains("Index Cond: ((commune_code = ")).count()).isEqualTo(communes.size());
    }

    @Test
    void thePageStatementReturnsTheGrantedCommunesRowsInKeyOrderAfterTheCursor() {
        imports.runNow(new vn.tinhso.catalog.ImportRequest("plan-citizens.csv", """
                personal_id,full_name,birth_date,sex,commune
                096080550311,Kha Văn Một,1980-04-04,male,07201
                096181550312,Kha Thị Hai,1981-04-04,female,07207
                096082550313,Kha Văn Ba,1982-04-04,male,07213
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), "hub.citizens", null, "plan test", "steward", false));
        SharedDatasets.Dataset citizens = SharedDatasets.ALL.get("citizens");
        List<String> communes = List.of("07201", "07207", "07210");
        var page = jdbc.sql(SharingService.pageSql(citizens, citizens.columns(), communes, true, 50, 0)).param("a0", "0");
        for (int i = 0; i < communes.size(); i++) page = page.param("u" + i, communes.get(i));
        List<Object[]> rows = page.query((rs, n) -> new Object[] {rs.getLong("o0"), rs.getString("c4")}).list();

        Long expectedCount = jdbc.sql("select least(50, count(*)) from hub.citizen where commune_code in ('07201', '07207', '07210')")
                .query(Long.class).single();
        assertThat(rows).hasSize(expectedCount.intValue()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rows).allSatisfy(r -> assertThat(communes).contains((String) r[1]));
        assertThat(rows.stream().map(r -> (Long) r[0]).toList()).isSorted();
    }
}
