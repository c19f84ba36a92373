package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.hub.internal.DropFolder;

@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = {"tinhso.hub.drop-folder=target/test-drop", "tinhso.hub.drop-settle=0s"})
class DropFolderTest {

    @Autowired DropFolder drop;
    @Autowired JdbcClient jdbc;
    @Value("${tinhso.hub.drop-folder}") String folder;

    @Test
    void aDroppedExtractIsImportedAndMovedAsideAndABadOneKeepsItsReport() throws Exception {
        Path citizens = Path.of(folder, "hub.citizens");
        if (Files.exists(citizens))
            try (var old = Files.walk(citizens)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        Files.createDirectories(citizens);
        Files.writeString(citizens.resolve("extract-ok.csv"), """
                personal_id,full_name,birth_date,sex,commune
                096061001201,Kiều Văn Thành,1961-01-01,male,07210
                """, StandardCharsets.UTF_8);
        Files.writeString(citizens.resolve("extract-bad.csv"), """
                personal_id,full_name,birth_date,sex,commune
                096061001202,Kiều Văn Lợi,1961-01-01,male,07210
                0960610012,Kiều Văn Sai,1961-01-01,male,07210
                """, StandardCharsets.UTF_8);
        Files.writeString(citizens.resolve("extract-next.csv.part"), "personal_id\n", StandardCharsets.UTF_8);

        List<ImportJob> jobs = drop.scan();

        assertThat(jobs).extracting(ImportJob::fileName, ImportJob::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("extract-bad.csv", ImportStatus.FAILED),
                org.assertj.core.groups.Tuple.tuple("extract-ok.csv", ImportStatus.ACCEPTED));
        assertThat(citizens.resolve("done/extract-ok.csv")).exists();
        assertThat(citizens.resolve("failed/extract-bad.csv")).exists();
        assertThat(Files.readString(citizens.resolve("failed/extract-bad.csv.report.txt"))).contains("line 3, personal_id");
        assertThat(citizens.resolve("extract-next.csv.part")).exists();
        assertThat(jdbc.sql("select count(*) from hub.citizen where personal_id in ('096061001201', '096061001202')").query(Long.class).single())
                .isEqualTo(1);
        assertThat(drop.scan()).isEmpty();
    }
}
