package vn.tinhso.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;

/** On a PostgreSQL of its own, one database per test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModuleMigrationsTest {

    private EmbeddedPostgres pg;

    @BeforeAll
    void start() throws IOException {
        pg = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    void stop() throws IOException {
        pg.close();
    }

    private DataSource database(String name) {
        JdbcClient.create(pg.getPostgresDatabase()).sql("create database " + name).update();
        return pg.getDatabase("postgres", name);
    }

    private static ModuleMigrations migrations(DataSource db) {
        return new ModuleMigrations(Flyway.configure().dataSource(db).createSchemas(true));
    }

    @Test
    void everyModuleHasItsOwnHistoryAndEqualVersionNumbersDoNotCollide() {
        DataSource db = database("fresh");
        migrations(db).migrate();
        JdbcClient jdbc = JdbcClient.create(db);

        assertThat(migrations(db).scripts().keySet()).containsSubsequence("access", "catalog", "territory", "indicators", "workforce");
        for (String module : migrations(db).scripts().keySet()) {
            assertThat(jdbc.sql("select count(*) from " + ModuleMigrations.table(module) + " where success and version <> '0'")
                    .query(Long.class).single()).as(module).isEqualTo(migrations(db).scripts().get(module).size());
        }
        // sample's V1 and access's V1_1 both ran.
        assertThat(jdbc.sql("select count(*) from sample.greeting").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from access.account").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select to_regclass('flyway_schema_history') is null").query(Boolean.class).single()).isTrue();
        // A module that did not exist then starts its own history from its first migration.
        assertThat(jdbc.sql("select count(*) from " + ModuleMigrations.table("alerts") + " where success and version <> '0'")
                .query(Long.class).single()).isEqualTo(migrations(db).scripts().get("alerts").size());
    }

    @Test
    void aDatabaseOfTodaysVersionIsUpgradedWithItsDataIntactAndPendingMigrationsApplied() {
        DataSource db = database("today");
        // Today's scheme: one history table for all folders, out of order; stopped before workforce 5.2 and demo 9.1.
        // The folders of that version only: modules added since start with their own history.
        Flyway.configure().dataSource(db).locations(java.util.stream.Stream.of("access", "catalog", "territory", "indicators", "workforce",
                        "demo", "sample").map(m -> "classpath:db/migration/" + m).toArray(String[]::new)).outOfOrder(true).createSchemas(true)
                .target("5.1").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        jdbc.sql("insert into access.account (username, display_name, password_hash, roles) values ('lan', 'Lan', 'x', '{ADMIN}')")
                .update();
        assertThat(jdbc.sql("select to_regclass('demo.generation') is null").query(Boolean.class).single()).isTrue();

        migrations(db).migrate();

        assertThat(jdbc.sql("select username from access.account").query(String.class).list()).containsExactly("lan");
        assertThat(jdbc.sql("select version || ' ' || type from flyway_history_catalog order by installed_rank")
                .query(String.class).list()).singleElement().satisfies(row -> assertThat(row).startsWith("3.").endsWith(" BASELINE"));
        assertThat(jdbc.sql("select version || ' ' || type from flyway_history_workforce order by installed_rank")
                .query(String.class).list()).containsExactly("5.1 BASELINE", "5.2 SQL");
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_schema = 'workforce' "
                + "and table_name = 'session' and column_name = 'capacity'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select to_regclass('demo.generation') is not null").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select to_regclass('flyway_schema_history') is null").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from " + ModuleMigrations.OLD_TABLE_KEPT).query(Long.class).single()).isPositive();

        migrations(db).migrate();
        assertThat(jdbc.sql("select count(*) from flyway_history_workforce").query(Long.class).single()).isEqualTo(2);
    }
}
