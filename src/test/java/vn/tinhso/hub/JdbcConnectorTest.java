package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.zaxxer.hikari.HikariDataSource;

import vn.tinhso.alerts.Alerts;
import vn.tinhso.catalog.Imports;
import vn.tinhso.hub.internal.ConnectorRun;
import vn.tinhso.hub.internal.ConnectorState;
import vn.tinhso.hub.internal.Connectors;
import vn.tinhso.hub.internal.JdbcSourceSpec;

/**
 * A land registry in another schema of the embedded PostgreSQL, read over a JDBC connection of its own: the source
 * table is made here, its rows carry {@code updated_at}, and the connector's query keeps those changed since {@code :since}.
 */
@SpringBootTest
@ActiveProfiles("test")
class JdbcConnectorTest {

    private static final String QUERY = """
            select commune_code as commune, sheet as map_sheet, number as parcel_number, area as area_m2, use as land_use,
                   holder as holder_id, changed as updated_at
            from %s.parcels where changed > :since order by changed""";

    @Autowired Connectors connectors;
    @Autowired Imports imports;
    @Autowired Alerts alerts;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    private HikariDataSource hikari() throws Exception {
        return dataSource.unwrap(HikariDataSource.class);
    }

    private void sourceTable(String schema) {
        jdbc.sql("drop schema if exists " + schema + " cascade").update();
        jdbc.sql("create schema " + schema).update();
        jdbc.sql("""
                create table %s.parcels (commune_code text, sheet int, number int, area numeric, use text, holder text,
                                         changed timestamptz not null)""".formatted(schema)).update();
    }

    private void parcel(String schema, int number, double area, String changed) {
        jdbc.sql("""
                insert into %s.parcels values ('07210', 941, :n, :a, 'ODT', null, cast(:t as timestamptz))
                """.formatted(schema)).param("n", number).param("a", area).param("t", changed).update();
    }

    private double area(int number) {
        return jdbc.sql("select area_m2 from hub.parcel where commune_code = '07210' and map_sheet = 941 and parcel_number = :n")
                .param("n", number).query(Double.class).single();
    }

    @Test
    void anIncrementalSyncFromADatabaseFetchesOnlyTheRowsChangedSinceTheLastRun() throws Exception {
        sourceTable("test_land_source");
        parcel("test_land_source", 1, 120.5, "2024-10-01T01:00:00Z");
        parcel("test_land_source", 2, 200, "2024-10-01T02:00:00Z");
        parcel("test_land_source", 3, 310, "2024-10-02T03:00:00Z");
        connectors.registerJdbc(new JdbcSourceSpec("test-land-jdbc", "hub.parcels", hikari().getJdbcUrl(), hikari().getUsername(),
                hikari().getPassword(), QUERY.formatted("test_land_source")));

        ConnectorRun first = connectors.run("test-land-jdbc", "steward", "land sync test");
        assertThat(first.status()).as(first.error()).isEqualTo(ConnectorRun.SYNCED);
        assertThat(first.records()).isEqualTo(3);
        assertThat(imports.job(first.importJobId()).orElseThrow().rowsAccepted()).isEqualTo(3);
        assertThat(connectors.state("test-land-jdbc").orElseThrow().cursor()).isEqualTo(Instant.parse("2024-10-02T03:00:00Z"));

        jdbc.sql("update test_land_source.parcels set area = 222, changed = '2024-10-03T01:00:00Z' where number = 2").update();
        parcel("test_land_source", 4, 400, "2024-10-03T02:00:00Z");
        ConnectorRun second = connectors.run("test-land-jdbc", "steward", "land sync test");

        assertThat(second.status()).isEqualTo(ConnectorRun.SYNCED);
        assertThat(second.records()).isEqualTo(2);
        assertThat(imports.job(second.importJobId()).orElseThrow().rowsAccepted()).isEqualTo(2);
        assertThat(area(2)).isEqualTo(222.0);
        assertThat(area(4)).isEqualTo(400.0);
        assertThat(connectors.run("test-land-jdbc", "steward", "land sync test").status()).isEqualTo(ConnectorRun.UNCHANGED);
    }

    @Test
    void aFailingDatabaseKeepsTheLastGoodVersionAndRaisesAnAlert() throws Exception {
        sourceTable("test_land_down");
        parcel("test_land_down", 11, 150, "2024-10-01T01:00:00Z");
        connectors.registerJdbc(new JdbcSourceSpec("test-land-jdbc-down", "hub.parcels", hikari().getJdbcUrl(), hikari().getUsername(),
                hikari().getPassword(), QUERY.formatted("test_land_down")));
        ConnectorRun good = connectors.run("test-land-jdbc-down", "steward", "sync");
        assertThat(good.status()).as(good.error()).isEqualTo(ConnectorRun.SYNCED);

        jdbc.sql("alter table test_land_down.parcels rename to parcels_moved").update();
        ConnectorRun failed = connectors.run("test-land-jdbc-down", "steward", "sync");

        assertThat(failed.status()).isEqualTo(ConnectorRun.FAILED);
        assertThat(failed.error()).contains("parcels");
        ConnectorState state = connectors.state("test-land-jdbc-down").orElseThrow();
        assertThat(state.lastGoodVersion()).isEqualTo(good.importJobId());
        assertThat(state.cursor()).isEqualTo(Instant.parse("2024-10-01T01:00:00Z"));
        assertThat(area(11)).isEqualTo(150.0);
        assertThat(alerts.find(new Alerts.AlertQuery("hub.connector.failed", null, null, null, null, 50)))
                .anySatisfy(a -> assertThat(a.entities()).containsEntry("connector", "test-land-jdbc-down"));
    }

    @Test
    void theDatabasePasswordIsNeverShownInTheStateTheRunsOrTheSpec() throws Exception {
        String wrong = "Wrong-Secret-" + System.nanoTime();
        JdbcSourceSpec spec = new JdbcSourceSpec("test-land-jdbc-secret", "hub.parcels", hikari().getJdbcUrl(), hikari().getUsername(),
                wrong, QUERY.formatted("test_land_source"));
        ConnectorState state = connectors.registerJdbc(spec);
        ConnectorRun failed = connectors.run("test-land-jdbc-secret", "steward", "sync");

        assertThat(failed.status()).isEqualTo(ConnectorRun.FAILED);
        assertThat(failed.error()).contains("password authentication failed").doesNotContain(wrong);
        assertThat(spec.toString()).doesNotContain(wrong);
        assertThat(state.toString()).doesNotContain(wrong);
        assertThat(connectors.state("test-land-jdbc-secret").orElseThrow().toString()).doesNotContain(wrong);
    }
}
