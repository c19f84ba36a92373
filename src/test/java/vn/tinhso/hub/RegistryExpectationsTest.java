package vn.tinhso.hub;

import vn.tinhso.hub.internal.ExpectationResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.hub.internal.Expectations;

@SpringBootTest
@ActiveProfiles("test")
class RegistryExpectationsTest {

    @Autowired Imports imports;
    @Autowired Expectations expectations;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    private ImportJob enterprises(String branch) {
        ImportJob job = imports.runNow(new ImportRequest("expectations-enterprises.csv", """
                tax_code,name,vsic,commune,registered_on,status
                0100109106-%s,Chi nhánh Kỳ Vọng,61100,07210,2016-01-01,active
                """.formatted(branch).getBytes(StandardCharsets.UTF_8), "hub.enterprises", null, "expectations test", "steward", false));
        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
        return job;
    }

    @Test
    void everyImportedVersionIsCheckedAgainstTheRegistrysExpectations() {
        ImportJob job = enterprises("011");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from hub.expectation_result where version_id = :v")
                .param("v", job.id()).query(Long.class).single() > 0);
        List<ExpectationResult> results = expectations.check("enterprises", job.id());
        assertThat(results).extracting(ExpectationResult::expectation).contains("tax_code has a valid check digit",
                "commune is a territory unit on record", "row count fell by at most 10 % from the previous version");
        assertThat(results).filteredOn(r -> r.expectation().startsWith("tax_code")).allMatch(ExpectationResult::passed);
    }

    @Test
    void aRegistryThatShrinksOrHoldsParcelsOfUnknownHoldersFailsItsExpectations() {
        ImportJob job = enterprises("012");
        expectations.check("enterprises", job.id());
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("delete from hub.enterprise").update();
            List<ExpectationResult> later = expectations.check("enterprises", job.id() + 1_000_000);
            assertThat(later).filteredOn(r -> r.expectation().startsWith("row count")).singleElement()
                    .satisfies(r -> assertThat(r.passed()).isFalse());

            long known = jdbc.sql("select count(*) from hub.parcel").query(Long.class).single();
            for (int i = 1; i <= 2 * known + 20; i++)
                jdbc.sql("insert into hub.parcel (commune_code, map_sheet, parcel_number, area_m2, land_use, holder_id, dataset_version_id)"
                        + " values ('07210', 999, :n, 100, 'ONT', '096080009999', 0)").param("n", i).update();
            assertThat(expectations.check("parcels", job.id() + 1_000_000)).filteredOn(r -> r.expectation().startsWith("holder"))
                    .singleElement().satisfies(r -> assertThat(r.passed()).isFalse());
            tx.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from hub.enterprise").query(Long.class).single()).isPositive();
    }
}
