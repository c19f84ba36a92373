package vn.tinhso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "steward", roles = "DATA_STEWARD")
@RecordApplicationEvents
class ImportAtomicityTest {

    private static final String HEADER = "code,name,commune_code,households,population,as_of\n";

    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @Test
    void aFailureWhileWritingLeavesNoRowOfTheVersionBehind() {
        // The database refuses the third village only after the first rows of the version went in.
        jdbc.sql("""
                create or replace function territory.boom() returns trigger language plpgsql as $$
                begin if new.code = 'BOOM-3' then raise exception 'simulated crash'; end if; return new; end $$""").update();
        jdbc.sql("create trigger boom before insert on territory.unit for each row execute function territory.boom()").update();
        try {
            String file = HEADER + "BOOM-1,Thôn A,07201,10,30,2024-09-30\nBOOM-2,Thôn B,07201,10,30,2024-09-30\n"
                    + "BOOM-3,Thôn C,07201,10,30,2024-09-30\n";
            ImportJob job = imports.runNow(request("boom.csv", file, "Crash test villages"));

            assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
            assertThat(job.message()).contains("simulated crash", "nothing was written");
            assertThat(jdbc.sql("select count(*) from territory.unit where code like 'BOOM-%'").query(Long.class).single()).isZero();
            assertThat(events.stream(DatasetVersionImported.class)).noneMatch(e -> e.versionId() == job.id());
        } finally {
            jdbc.sql("drop trigger boom on territory.unit").update();
            jdbc.sql("drop function territory.boom()").update();
        }
    }

    @Test
    void anAcceptedVersionIsAuditedAndAnnounced() {
        ImportJob job = imports.runNow(request("announce.csv", HEADER + "ANN-1,Thôn A,07201,10,30,2024-09-30\n", "Announced villages"));

        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(events.stream(DatasetVersionImported.class))
                .anySatisfy(e -> {
                    assertThat(e.versionId()).isEqualTo(job.id());
                    assertThat(e.dataset()).isEqualTo("Announced villages");
                    assertThat(e.kind()).isEqualTo("territory.villages");
                    assertThat(e.rowsAccepted()).isEqualTo(1);
                });
        assertThat(jdbc.sql("""
                select count(*) from access.audit_log where action = 'catalog.import' and object_id = :id and actor = 'steward'""")
                .param("id", String.valueOf(job.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFileOverTheRowLimitIsRefusedWithTheLimitNamed() {
        Object service = AopTestUtils.getTargetObject(imports);
        Object limit = ReflectionTestUtils.getField(service, "maxRows");
        ReflectionTestUtils.setField(service, "maxRows", 1);
        try {
            ImportJob job = imports.runNow(request("two.csv",
                    HEADER + "LIM-1,Thôn A,07201,10,30,2024-09-30\nLIM-2,Thôn B,07201,10,30,2024-09-30\n", "Limit villages"));

            assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
            assertThat(job.message()).contains("more than 1 rows");
        } finally {
            ReflectionTestUtils.setField(service, "maxRows", limit);
        }
    }

    private static ImportRequest request(String name, String content, String dataset) {
        return new ImportRequest(name, content.getBytes(StandardCharsets.UTF_8), "territory.villages", dataset, "test office",
                "steward", false);
    }
}
