package vn.tinhso.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

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

@SpringBootTest
@ActiveProfiles("test")
class OpenCellIdImportTest {

    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;

    // created 2025-02-19, updated 2025-03-01: after the article's date, so the demo's figures as of 2024 stay as they are.
    private static final String CSV = """
            radio,mcc,net,area,cell,unit,lon,lat,range,samples,changeable,created,updated,averageSignal
            LTE,452,4,31001,987654321,,106.19,21.28,1500,12,1,1740000000,1740800000,0
            UMTS,452,4,31001,987654321,,106.19,21.28,3000,7,1,1740000000,1740800000,0
            NR,452,4,31001,68719476000,,106.20,21.29,400,3,1,1740000000,1740800000,0
            LTE,452,4,31002,555,,106.70,10.78,1000,5,1,1740000000,1740800000,0
            GSM,454,0,1001,777,,114.17,22.30,2000,9,1,1740000000,1740800000,0
            LTE,452,4,31001,123,,21.28,106.19,1000,4,1,1740000000,1740800000,0
            LTE,452,9,31001,124,,106.19,21.28,1000,4,1,1740000000,1740800000,0
            LTE,452,4,31001,987654321,,106.21,21.30,1500,2,1,1740000000,1740800000,0
            LTE,452,1,31001,125,,106.19,21.28,-5,4,1,1740000000,1740800000,0
            LTE,452,1,31001,126,,106.19,21.28,800,4,1,1740900000,1740800000,0
            CDMA,452,1,31001,127,,106.19,21.28,800,4,1,1740000000,1740800000,0
            """;

    private ImportJob run(String name, boolean goodRows) {
        return imports.runNow(new ImportRequest(name, CSV.getBytes(StandardCharsets.UTF_8), null, null, "OpenCelliD test extract",
                "steward", goodRows));
    }

    private long cells() {
        return jdbc.sql("select count(*) from infrastructure.cell where source = 'opencellid' and area in (31001, 31002)")
                .query(Long.class).single();
    }

    @Test
    void aFileWithBadRowsWritesNothingByDefaultAndWithGoodRowsOnlyTheProvincesValidRowsWithTheRestListedByLine() {
        ImportJob refused = run("cells-452.csv", false);
        assertThat(refused.kind()).as("recognised by its header").isEqualTo("infrastructure.opencellid");
        assertThat(refused.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(cells()).isZero();

        ImportJob partly = run("cells-452-good-rows.csv", true);
        assertThat(partly.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(partly.problems()).extracting(RowProblem::line, RowProblem::column).contains(
                org.assertj.core.groups.Tuple.tuple(7, "lat"),   // swapped latitude and longitude
                org.assertj.core.groups.Tuple.tuple(8, "net"),   // MNC 9 is nobody's
                org.assertj.core.groups.Tuple.tuple(10, "range"),
                org.assertj.core.groups.Tuple.tuple(11, "created"),
                org.assertj.core.groups.Tuple.tuple(12, "radio"));
        assertThat(partly.problems()).anySatisfy(p -> assertThat(p.line()).isEqualTo(9)); // the same LTE cell as line 2
        assertThat(partly.problems()).filteredOn(p -> p.line() == 7).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains("swapped"));
        // Another country's row and a row in Ho Chi Minh City are out of scope: notes, not errors, and never written.
        assertThat(partly.warnings()).extracting(RowProblem::line).containsExactlyInAnyOrder(5, 6);
        assertThat(partly.warnings()).filteredOn(w -> w.line() == 6).singleElement()
                .satisfies(w -> assertThat(w.problem()).contains("another country"));

        // Written: the LTE and UMTS cells with one identity (two cells, not a duplicate) and the NR cell above 2³².
        assertThat(jdbc.sql("select technology || ':' || cell from infrastructure.cell where source = 'opencellid' and area = 31001 order by 1")
                .query(String.class).list()).containsExactly("3G:987654321", "4G:987654321", "5G:68719476000");
        assertThat(cells()).isEqualTo(3);
    }
}
