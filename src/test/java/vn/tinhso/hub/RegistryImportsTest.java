package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
class RegistryImportsTest {

    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;

    private ImportJob run(String kind, String name, String csv) {
        return imports.runNow(new ImportRequest(name, csv.getBytes(StandardCharsets.UTF_8), kind, null, "registry test", "steward", false));
    }

    @Test
    void citizensAreStoredWithTheirHouseholdUnderTheirCommune() {
        ImportJob job = run("hub.citizens", "citizens-ok.csv", """
                personal_id,full_name,birth_date,sex,ethnicity,commune,household,updated_at
                096088000101,Trần Văn Bình,1988-02-03,male,Kinh,07210,T-HUB-H1,2024-08-01T08:00:00+07:00
                096190000102,Lê Thị Cúc,1990-11-30,nữ,Tày,07210,T-HUB-H1,2024-08-01
                """);
        assertThat(job.status()).as(job.message() + job.problems()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(jdbc.sql("select sex from hub.citizen where personal_id = '096190000102'").query(String.class).single()).isEqualTo("female");
        assertThat(jdbc.sql("select commune_code from hub.household where code = 'T-HUB-H1'").query(String.class).single()).isEqualTo("07210");
    }

    @Test
    void anInvalidPersonalIdIsReportedWithItsLineAndNothingIsWritten() {
        ImportJob job = run("hub.citizens", "citizens-bad.csv", """
                personal_id,full_name,birth_date,sex,commune
                096088000201,Phạm Văn Dũng,1988-02-03,male,07210
                09608800020,Phạm Văn Em,1988-02-03,male,07210
                003088000203,Phạm Văn Giang,1988-02-03,male,07210
                096288000204,Phạm Văn Hải,1988-02-03,male,07210
                096088000205,Phạm Thị Lan,1988-02-03,female,07210
                096088000206,Phạm Văn Minh,1988-02-03,male,99999
                """);
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::code).containsExactlyInAnyOrder(
                tuple(3, "personal_id", "hub.problem.personalId.format"),
                tuple(4, "personal_id", "hub.problem.personalId.province"),
                tuple(5, "personal_id", "hub.problem.personalId.birthYear"),
                tuple(6, "sex", "hub.problem.personalId.sex"),
                tuple(7, "commune", "hub.problem.commune"));
        assertThat(job.problems()).filteredOn(p -> p.line() == 5).extracting(RowProblem::problem)
                .containsExactly("Personal id 096288000204 gives birth year 2088, but the birth date says 1988");
        assertThat(jdbc.sql("select count(*) from hub.citizen where personal_id = '096088000201'").query(Long.class).single()).isZero();
    }

    @Test
    void anInvalidTaxCodeIsReportedWithItsLine() {
        ImportJob job = run("hub.enterprises", "enterprises-bad.csv", """
                tax_code,name,vsic,commune,registered_on,status
                0100109106,Công ty Một,61100,07210,2010-01-01,active
                0100109107,Công ty Hai,61100,07210,2010-01-01,active
                0100109106-001,Chi nhánh Một,61100,07210,2012-01-01,active
                01001091,Công ty Ba,61100,07210,2010-01-01,closed
                """);
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.problems()).extracting(RowProblem::line, RowProblem::column, RowProblem::code).containsExactlyInAnyOrder(
                tuple(3, "tax_code", "hub.problem.taxCode.check"),
                tuple(5, "tax_code", "hub.problem.taxCode.format"),
                tuple(5, "status", "hub.problem.status"));
    }

    @Test
    void aParcelHeldByNeitherAPersonNorAnEnterpriseIsRefused() {
        ImportJob job = run("hub.parcels", "parcels.csv", """
                commune,map_sheet,parcel_number,area_m2,land_use,holder_id
                07210,901,1,152.5,ODT,096088000301
                07210,901,2,2400,SKK,0100109106
                07210,901,3,80,ODT,12345
                """);
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.problems()).extracting(RowProblem::line, RowProblem::column).containsExactly(tuple(4, "holder_id"));
        ImportJob ok = run("hub.parcels", "parcels-ok.csv", """
                commune,map_sheet,parcel_number,area_m2,land_use,holder_id
                07210,901,1,152.5,odt,096088000301
                07210,901,2,2400,SKK,0100109106-002
                """);
        assertThat(ok.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(jdbc.sql("select holder_id from hub.parcel where map_sheet = 901 order by parcel_number").query(String.class).list())
                .containsExactly("096088000301", "0100109106002");
    }
}
