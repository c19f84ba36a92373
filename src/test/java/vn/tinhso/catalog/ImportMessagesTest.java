package vn.tinhso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Reports point where the uploader can look: physical lines, both rows of a duplicate, the byte that is not UTF-8. */
@SpringBootTest
@ActiveProfiles("test")
class ImportMessagesTest {

    @Autowired Imports imports;

    @Test
    void aJsonRowProblemGivesThePhysicalLineOfTheItem() {
        String json = """
                [
                  {"element": "RETAIL_SALES", "unit": "213", "period": "2024-01", "value": 1},
                  {"element": "RETAIL_SALES", "unit": "213",
                   "period": "2024-02", "value": "many"}
                ]""";

        ImportJob job = imports.runNow(request("lines.json", json.getBytes(StandardCharsets.UTF_8), "indicators.data-values"));

        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.problems()).anySatisfy(p -> {
            assertThat(p.column()).isEqualTo("value");
            assertThat(p.line()).isEqualTo(3);
        });
    }

    @Test
    void aDuplicateNamesBothLinesAndBothValuesWithoutNull() {
        String csv = "element,unit,period,value\nRETAIL_SALES,213,2024-03,10\nRETAIL_SALES,213,2024-04,11\nRETAIL_SALES,213,2024-03,12\n";

        ImportJob job = imports.runNow(request("dupes.csv", csv.getBytes(StandardCharsets.UTF_8), "indicators.data-values"));

        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.problem()).contains("Lines 2 and 4", "element=RETAIL_SALES", "unit=213", "period=2024-03",
                    "value=10", "value=12").doesNotContain("null");
        });
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWithTheLineAndByteOfTheFirstBadSequence() {
        byte[] cp1258 = "code,name,commune_code,households,population,as_of\nENC-1,Ho\u0300a Đông,07201,10,30,2024-09-30\n"
                .getBytes(Charset.forName("windows-1258"));

        ImportJob job = imports.runNow(request("cp1258.csv", cp1258, "territory.villages"));

        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        // "ENC-1,Ho" is 8 bytes into line 2, which starts at byte 51.
        assertThat(job.message()).contains("line 2, byte 59", "Windows-1258");
    }

    @Test
    void aLineLongerThanTheLimitFailsTheJobNamingTheLine() {
        String csv = "element,unit,period,value\nRETAIL_SALES,213,2024-01,1\nRETAIL_SALES,213,2024-02,\"" + "9".repeat(5_000_000) + "\n";

        ImportJob job = imports.runNow(request("open-quote.csv", csv.getBytes(StandardCharsets.UTF_8), "indicators.data-values"));

        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.message()).contains("Line 3 is longer than");
    }

    private static ImportRequest request(String name, byte[] content, String kind) {
        return new ImportRequest(name, content, kind, "messages test " + name, "test office", "steward", false);
    }
}
