package vn.tinhso.security.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.catalog.RowProblem;

/** The registry comes in through the catalog (CSV, XLSX); the dossier's authorities come from the legal basis data. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InformationSystemsRegistryTest {

    static final String HEADER = "name,owner_agency,operating_unit,infosec_unit,system_type,information_classes,proposed_level,"
            + "approved_level,justification,dossier_status,decision_number,decision_date,decision_authority,review_date,assets,"
            + "monitoring_provider,national_monitoring\n";

    @Autowired Imports imports;
    @Autowired SystemRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    ImportJob csv(String name, String rows) {
        return imports.runNow(new ImportRequest(name, (HEADER + rows).getBytes(StandardCharsets.UTF_8), "security.systems", null,
                "Registry test", "steward", false));
    }

    @Test
    void badRowsAreRefusedWithTheirLineAndNothingIsWritten() {
        ImportJob job = csv("bad-systems.csv", """
                GOVT Portal ok,GOVT Agency A,,,portal,public,3,3,,approved,1/QĐ,2024-01-10,UBND,2026-01-10,govt-ok.example.vn,SOC,yes
                GOVT Level seven,GOVT Agency A,,,portal,public,7,,,submitted,,,,,,SOC,no
                GOVT Bad date,GOVT Agency A,,,portal,public,2,2,,approved,2/QĐ,2024-13-45,UBND,,,SOC,no
                GOVT Bad range,GOVT Agency A,,,portal,public,2,,,submitted,,,,,10.1.2.0/33;bad_host!,SOC,no
                GOVT Bad status,GOVT Agency A,,,portal,secret,2,,,signed,,,,,,SOC,no
                GOVT Approved without decision,GOVT Agency A,,,portal,public,2,,,approved,,,,,,SOC,no
                """);
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.problems()).extracting(RowProblem::line, RowProblem::column).contains(
                tuple(3, "proposed_level"), tuple(4, "decision_date"), tuple(5, "assets"), tuple(6, "dossier_status"),
                tuple(6, "information_classes"), tuple(7, "approved_level"), tuple(7, "decision_date"));
        assertThat(job.problems()).filteredOn(p -> p.line() == 5).extracting(RowProblem::problem)
                .anySatisfy(p -> assertThat(p).contains("10.1.2.0/33")).anySatisfy(p -> assertThat(p).contains("bad_host!"));
        assertThat(job.problems()).noneMatch(p -> p.line() == 2);
        assertThat(registry.byName("GOVT Portal ok")).isEmpty();
    }

    @Test
    void anXlsxRegistryIsReadAndAReimportAddsADossierStepOnlyWhenTheDossierChanged() throws Exception {
        List<String> columns = List.of(HEADER.trim().split(","));
        List<List<Object>> rows = List.of(
                List.of("GOVT Land records", "GOVT Agency X", "IT centre", "Infosec office", "database", "personal;private", 3, "",
                        "Personal data of landowners", "submitted", "", "", "", "", "gov-land.example.vn; 10.213.4.0/24", "SOC", "no"));
        ImportJob first = xlsx("systems.xlsx", columns, rows);
        assertThat(first.status()).as(String.valueOf(first.problems())).isEqualTo(ImportStatus.ACCEPTED);
        InformationSystem s = registry.byName("GOVT Land records").orElseThrow();
        assertThat(s.informationClasses()).containsExactly("personal", "private");
        assertThat(s.assets()).extracting(Asset::value).containsExactlyInAnyOrder("gov-land.example.vn", "10.213.4.0/24");
        assertThat(s.approved()).isFalse();

        List<Object> approved = new java.util.ArrayList<>(rows.get(0));
        approved.set(7, 3);
        approved.set(9, "approved");
        approved.set(10, "15/QĐ-UBND");
        approved.set(11, "2025-02-01");
        approved.set(12, "UBND");
        assertThat(xlsx("systems-2.xlsx", columns, List.of(approved)).status()).isEqualTo(ImportStatus.ACCEPTED);
        List<Object> reviewed = new java.util.ArrayList<>(approved);
        reviewed.set(13, "2027-02-01");
        ImportJob third = xlsx("systems-3.xlsx", columns, List.of(reviewed));
        assertThat(third.changes().changed()).as("a new review date, the same dossier").isEqualTo(1);
        InformationSystem after = registry.byName("GOVT Land records").orElseThrow();
        assertThat(after.approved()).isTrue();
        assertThat(registry.history(after.id())).extracting(InformationSystem.DossierStep::status).containsExactly("approved", "submitted");
    }

    ImportJob xlsx(String name, List<String> header, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("systems");
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) h.createCell(i).setCellValue(header.get(i));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    Object v = rows.get(r).get(i);
                    if (v instanceof Integer n) row.createCell(i).setCellValue(n);
                    else row.createCell(i).setCellValue(String.valueOf(v));
                }
            }
            book.write(out);
            return imports.runNow(new ImportRequest(name, out.toByteArray(), "security.systems", null, "Registry test", "steward", false));
        }
    }

    @Test
    void theTemplatesExampleRowImportsAsItIs() throws Exception {
        for (String kind : List.of("security.systems", "security.endpoints")) {
            byte[] csv = mvc.perform(get("/api/catalog/imports/kinds/{kind}/template", kind).with(user("steward").roles("DATA_STEWARD")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            mvc.perform(get("/api/catalog/imports/kinds/{kind}/template", kind).param("format", "xlsx")
                    .with(user("steward").roles("DATA_STEWARD"))).andExpect(status().isOk());
            ImportJob job = imports.runNow(new ImportRequest("template.csv", csv, kind, null, "Template test", "steward", false));
            assertThat(job.status()).as(kind + " " + job.problems()).isEqualTo(ImportStatus.ACCEPTED);
        }
    }

    @Test
    void changingTheLegalBasisDataChangesWhoMustApproveALevelFourDossier() throws Exception {
        assertThat(csv("level-four.csv", """
                GOVT Provincial data centre,GOVT Agency L,,,data centre,personal,4,,,submitted,,,,,10.213.40.0/24,SOC,yes
                """).status()).isEqualTo(ImportStatus.ACCEPTED);
        long id = registry.byName("GOVT Provincial data centre").orElseThrow().id();
        mvc.perform(get("/api/security/systems/{id}", id).with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requirement.level").value(4))
                .andExpect(jsonPath("$.requirement.appraiser").value("MINISTRY_SPECIALISED_UNIT"))
                .andExpect(jsonPath("$.requirement.approver").value("OWNER"));

        String rule = """
                {"level": 4, "effectiveFrom": "%s", "basis": "Luật An ninh mạng 116/2025/QH15",
                 "appraiser": "MINISTRY_OF_PUBLIC_SECURITY", "approver": "MINISTRY_OF_PUBLIC_SECURITY"}""".formatted(LocalDate.now().minusDays(1));
        mvc.perform(post("/api/security/legal-basis").contentType(MediaType.APPLICATION_JSON).content(rule)
                        .with(user("soc").roles("SOC_ANALYST")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/security/legal-basis").contentType(MediaType.APPLICATION_JSON).content(rule.replace("\"level\": 4", "\"level\": 9"))
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidFields[0]").value("level"));
        mvc.perform(post("/api/security/legal-basis").contentType(MediaType.APPLICATION_JSON).content(rule)
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/security/systems/{id}", id).with(user("soc").roles("SOC_ANALYST")))
                .andExpect(jsonPath("$.requirement.appraiser").value("MINISTRY_OF_PUBLIC_SECURITY"))
                .andExpect(jsonPath("$.requirement.approver").value("MINISTRY_OF_PUBLIC_SECURITY"))
                .andExpect(jsonPath("$.requirement.basis").value("Luật An ninh mạng 116/2025/QH15"));
        mvc.perform(get("/api/security/legal-basis/requirement").param("level", "4").param("on", "2024-01-01")
                        .with(user("soc").roles("SOC_ANALYST")))
                .andExpect(jsonPath("$.approver").value("OWNER"));
        String page = mvc.perform(get("/security/systems/{id}", id).param("lang", "en").with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("approved by Ministry of Public Security");
        assertThat(jdbc.sql("select count(*) from access.audit_log where action = 'security.legal-basis'").query(Long.class).single()).isPositive();
    }
}
