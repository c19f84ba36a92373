package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SqlWorkbenchXlsxTest {

    @Autowired MockMvc mvc;

    @Test
    void aQueryDownloadsAsAnXlsxSheetWithNumbersAsNumbersAndNoFormula() throws Exception {
        byte[] file = mvc.perform(post("/hub/sql/xlsx").with(user("xlsx-analyst").roles("ANALYST")).with(csrf())
                        .param("sql", "select 7 as seven, '=1+1' as label"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("seven");
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(7.0);
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=1+1");
        }
        mvc.perform(post("/hub/sql/xlsx").with(user("xlsx-analyst").roles("ANALYST")).with(csrf())
                .param("sql", "delete from analytics_views.enterprises")).andExpect(status().isBadRequest());
    }
}
