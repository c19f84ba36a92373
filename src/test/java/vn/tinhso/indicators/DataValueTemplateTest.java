package vn.tinhso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;

/** The data-values template starts a supplier off with a row the checks accept and the codes each column takes. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "steward", roles = {"ANALYST", "DATA_STEWARD"})
class DataValueTemplateTest {

    @Autowired MockMvc mvc;
    @Autowired Imports imports;

    @Test
    void theCsvTemplatesExampleRowIsAcceptedAsItIs() throws Exception {
        byte[] csv = mvc.perform(get("/api/catalog/imports/kinds/indicators.data-values/template").with(testSecurityContext()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text).startsWith("\uFEFFelement,unit,period,value");
        var job = imports.runNow(new ImportRequest("template.csv", csv, "indicators.data-values", "Template example", "test", "steward", false));
        assertThat(job.status()).as(job.message()).isEqualTo(ImportStatus.ACCEPTED);
    }

    @Test
    void theXlsxTemplateListsTheElementsUnitsAndPeriodFormsOnItsCodesSheet() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/catalog/imports/kinds/indicators.data-values/template").param("format", "xlsx")
                .with(testSecurityContext())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var codes = book.getSheet("codes");
            assertThat(codes.getRow(0).getCell(0).getStringCellValue()).isEqualTo("element");
            assertThat(codes.getRow(0).getCell(1).getStringCellValue()).isEqualTo("unit");
            java.util.List<String> elements = new java.util.ArrayList<>();
            java.util.List<String> units = new java.util.ArrayList<>();
            for (int r = 1; r <= codes.getLastRowNum(); r++) {
                var row = codes.getRow(r);
                if (row.getCell(0) != null) elements.add(row.getCell(0).getStringCellValue());
                if (row.getCell(1) != null) units.add(row.getCell(1).getStringCellValue());
            }
            assertThat(elements).anyMatch(e -> e.startsWith("RETAIL_SALES — "));
            assertThat(units).anyMatch(u -> u.contains("(commune)"));
            assertThat(book.getSheet("data").getRow(1).getCell(0).getStringCellValue()).isNotBlank();
        }
    }
}
