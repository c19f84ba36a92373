package vn.tinhso.hub;

import vn.tinhso.hub.internal.SqlWorkbench;
import vn.tinhso.hub.internal.SqlResult;
import vn.tinhso.hub.internal.SavedQuery;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The refusals below come from PostgreSQL (asserted by SQLSTATE): the workbench never looks at the SQL text. */
@SpringBootTest(properties = {"tinhso.hub.sql.timeout-ms=1500", "tinhso.hub.sql.row-limit=50"})
@ActiveProfiles("test")
class SqlWorkbenchTest {

    private static final String PERSONAL_ID = "096190004321";

    @Autowired SqlWorkbench workbench;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void aCitizen() {
        jdbc.sql("""
                insert into hub.citizen (personal_id, full_name, birth_date, sex, commune_code, dataset_version_id)
                values (?, 'Trần Văn Bình', date '1990-03-04', 'male', '07210', -1) on conflict (personal_id) do nothing
                """).param(PERSONAL_ID).update();
    }

    private SqlResult run(String sql) {
        return workbench.run("analyst-test", sql);
    }

    @Test
    void aSelectOnACuratedViewReturnsColumnsAndRows() {
        SqlResult result = run("select commune_code, citizens from analytics_views.citizens_by_commune where commune_code = '07210'");
        assertThat(result.error()).isNull();
        assertThat(result.columns()).extracting(SqlResult.Column::name).containsExactly("commune_code", "citizens");
        assertThat(result.firstNumericColumn()).isEqualTo(1);
        assertThat(result.rows()).hasSize(1);
        assertThat(((Number) result.rows().get(0).get(1)).longValue()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void indicatorValuesAreAViewTooButTheirRawTableIsNot() {
        assertThat(run("select element, unit_code, period, value from analytics_views.indicator_values limit 5").error()).isNull();
        assertThat(run("select * from indicators.data_value").sqlState()).isEqualTo("42501");
    }

    @Test
    void cameraTrafficCountsAreAViewButTheCamerasReadsWithPlatesAreNot() {
        assertThat(run("select camera, hour, vehicle_class, vehicles from analytics_views.camera_traffic limit 5").error()).isNull();
        assertThat(run("select * from cameras.read").sqlState()).isEqualTo("42501");
    }

    @Test
    void personalFieldsStayMaskedInTheViews() {
        SqlResult result = run("select * from analytics_views.citizens where personal_id like '%4321'");
        assertThat(result.error()).isNull();
        String everything = result.rows().toString();
        assertThat(everything).contains("********4321", "T. V. B.", "1990").doesNotContain(PERSONAL_ID, "Trần Văn Bình", "1990-03-04");
    }

    @Test
    void aRawPersonalTableIsRefusedByTheDatabase() {
        SqlResult result = run("select personal_id, full_name from hub.citizen");
        assertThat(result.sqlState()).isEqualTo("42501"); // insufficient_privilege
        assertThat(result.error()).contains("permission denied");
    }

    @Test
    void writesAndDdlAreRefusedByTheDatabase() {
        for (String sql : List.of("delete from analytics_views.citizens", "drop view analytics_views.citizens",
                "insert into analytics_views.enterprises (tax_code, name) values ('0100000000', 'x')",
                "create table analytics_views.mine (x int)")) {
            SqlResult result = run(sql);
            // insufficient_privilege (the role may only select) or read_only_sql_transaction, whichever the server checks first
            assertThat(result.sqlState()).as(sql).isIn("42501", "25006");
        }
        assertThat(jdbc.sql("select count(*) from hub.citizen where personal_id = ?").param(PERSONAL_ID).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void withAReadWriteTransactionForcedTheRoleStillHasNoRightToWrite() {
        SqlResult result = run("delete from analytics_views.citizens");
        assertThat(result.failed()).isTrue();
        SqlResult forced = run("set transaction read write; delete from analytics_views.enterprises");
        assertThat(forced.sqlState()).isIn("42501", "25001");
    }

    @Test
    void takingBackTheApplicationRoleIsRefusedByTheDatabase() {
        assertThat(run("set role tinhso").sqlState()).isEqualTo("42501");
        assertThat(run("set session authorization tinhso").sqlState()).isEqualTo("42501");
    }

    @Test
    void aLongQueryIsCancelledByTheStatementTimeout() {
        SqlResult result = run("select pg_sleep(20)");
        assertThat(result.sqlState()).isEqualTo("57014"); // query_canceled
    }

    @Test
    void rowsBeyondTheLimitAreCutAndSaid() {
        SqlResult result = run("select g from generate_series(1, 500) g");
        assertThat(result.rows()).hasSize(50);
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void sharedQueriesAreListedForOthersAndPrivateOnesAreNot() {
        workbench.save("analyst-a", "Dân số theo xã (test)", "select * from analytics_views.citizens_by_commune", true);
        workbench.save("analyst-a", "Riêng tư (test)", "select 1", false);
        assertThat(workbench.visibleTo("analyst-b")).extracting(SavedQuery::title)
                .contains("Dân số theo xã (test)").doesNotContain("Riêng tư (test)");
        assertThat(workbench.visibleTo("analyst-a")).extracting(SavedQuery::title).contains("Riêng tư (test)");
    }
}
