package vn.tinhso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Small files built to exhaust memory (issue 9 item 1): each is refused with a 4xx that does not echo its headers,
 * in bounded time, without the heap growing anywhere near 512 MB, and the server stays healthy.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HostileUploadsTest {

    private static final long HEAP_BUDGET = 512L << 20;

    @Autowired MockMvc mvc;

    @Test
    void aJsonFileWhoseObjectsEachHaveAnotherKeyIsRefused() throws Exception {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 60_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"key").append(i).append("\":1}");
        }
        byte[] file = json.append(']').toString().getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isLessThan(1 << 20);

        assertRefusedWithinBudget("wide.json", file, "indicators.data-values");
        assertRefusedWithinBudget("wide.json", file, null);
    }

    @Test
    void aSpreadsheetWhoseHeaderReachesTheLastColumnIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook book = new SXSSFWorkbook()) {
            Sheet sheet = book.createSheet("values");
            Row header = sheet.createRow(0);
            String[] columns = {"element", "unit", "period", "value"};
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
            }
            header.createCell(16_383).setCellValue("XFD");
            for (int r = 1; r <= 20_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("RETAIL_SALES");
                row.createCell(1).setCellValue("213");
                row.createCell(2).setCellValue("2024-0" + (1 + r % 9));
                row.createCell(3).setCellValue(r);
            }
            book.write(out);
        }
        assertThat(out.size()).isLessThan(1 << 20);

        assertRefusedWithinBudget("wide.xlsx", out.toByteArray(), "indicators.data-values");
        assertRefusedWithinBudget("wide.xlsx", out.toByteArray(), null);
    }

    @Test
    void aCsvWithAMillionColumnsIsRefused() throws Exception {
        StringBuilder csv = new StringBuilder(10_100_000);
        for (int c = 0; c < 1_000_000; c++) {
            csv.append(c == 0 ? "" : ",").append("column").append(c % 1000);
        }
        csv.append('\n');
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isGreaterThan(9_000_000);

        assertRefusedWithinBudget("wide.csv", file, "indicators.data-values");
        assertRefusedWithinBudget("wide.csv", file, null);
    }

    private void assertRefusedWithinBudget(String name, byte[] content, String kind) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        MvcResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            var request = multipart("/api/catalog/imports").file(new MockMultipartFile("file", name, "application/octet-stream", content))
                    .param("source", "hostile test");
            if (kind != null) {
                request.param("kind", kind);
            }
            return mvc.perform(request.with(user("steward").roles("DATA_STEWARD")).with(csrf())).andReturn();
        });
        long grown = memory.getHeapMemoryUsage().getUsed() - before;

        assertThat(result.getResponse().getStatus()).as(name + " with kind " + kind).isBetween(400, 499);
        String body = result.getResponse().getContentAsString();
        assertThat(body).as("the answer names the limit, not the file's headers").hasSizeLessThan(2_000).doesNotContain("key59999", "column999");
        assertThat(grown).as("heap grown while refusing " + name).isLessThan(HEAP_BUDGET);
        assertThat(memory.getHeapMemoryUsage().getUsed()).isLessThan(memory.getHeapMemoryUsage().getMax());
        try {
            assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
