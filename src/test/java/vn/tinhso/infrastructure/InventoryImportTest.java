package vn.tinhso.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.infrastructure.internal.Registry;

@SpringBootTest
@ActiveProfiles("test")
class InventoryImportTest {

    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;
    @Autowired Registry registry;

    private static final String HEADER = "site,site_latitude,site_longitude,site_height_m,site_type,site_owner,mnc,technology,area,"
            + "cell,band_mhz,azimuth,tilt,antenna_height_m,power_dbm,status,commissioned_on,decommissioned_on\n";

    private ImportJob run(String name, String rows) {
        return imports.runNow(new ImportRequest(name, (HEADER + rows).getBytes(StandardCharsets.UTF_8), "infrastructure.inventory", null,
                "Operator test inventory", "steward", false));
    }

    @Test
    void badRowsAreRefusedWithTheirLineAndColumnAndNothingIsWritten() {
        ImportJob job = run("bad-inventory.csv", """
                INV-T1,21.28,106.19,30,ground_mast,,04,4G,41001,100,1800,0,4,28,43,active,2026-01-10,
                INV-T2,10.78,106.70,30,ground_mast,,04,4G,41001,101,1800,0,4,28,43,active,2026-01-10,
                INV-T3,21.28,106.19,30,tripod,,09,6G,41001,102,1800,400,4,28,43,active,2026-01-10,2025-01-01
                """);
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.problems()).extracting(RowProblem::line, RowProblem::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(3, "site_latitude"), org.assertj.core.groups.Tuple.tuple(4, "site_type"),
                org.assertj.core.groups.Tuple.tuple(4, "mnc"), org.assertj.core.groups.Tuple.tuple(4, "technology"),
                org.assertj.core.groups.Tuple.tuple(4, "azimuth"), org.assertj.core.groups.Tuple.tuple(4, "decommissioned_on"));
        assertThat(jdbc.sql("select count(*) from infrastructure.tower where code like 'INV-T%'").query(Long.class).single()).isZero();
    }

    @Test
    void sitesSharedByOperatorsAreCountedAsOfTheDateTheirStationsWentOnAirAndOff() {
        LocalDate before = LocalDate.of(2026, 1, 31), during = LocalDate.of(2026, 3, 1), after = LocalDate.of(2026, 6, 1);
        Registry.Counts base = registry.counts(before);
        ImportJob job = run("shared-site.csv", """
                INV-S1,21.281,106.191,40,ground_mast,Tower company,04,4G,42001,200,1800,0,4,38,43,active,2026-02-01,
                INV-S1,21.281,106.191,40,ground_mast,Tower company,04,4G,42001,201,1800,120,4,38,43,active,2026-02-01,
                INV-S1,21.281,106.191,40,ground_mast,Tower company,02,3G,42001,200,2100,0,4,38,43,active,2026-02-15,2026-05-01
                INV-S1,21.281,106.191,40,ground_mast,Tower company,04,3G,42001,200,2100,0,4,38,43,active,2026-02-15,
                """);
        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
        Registry.Counts on = registry.counts(during), off = registry.counts(after);
        assertThat(on.towers() - base.towers()).isEqualTo(1);
        assertThat(on.sharedTowers() - base.sharedTowers()).isEqualTo(1);
        assertThat(on.bts() - base.bts()).as("Viettel 4G, Viettel 3G, VinaPhone 3G").isEqualTo(3);
        assertThat(on.cells() - base.cells()).isEqualTo(4);
        assertThat(off.sharedTowers() - base.sharedTowers()).as("VinaPhone left in May").isZero();
        assertThat(off.bts() - base.bts()).isEqualTo(2);
        assertThat(registry.cellsOf("INV-S1")).hasSize(4);
    }
}
