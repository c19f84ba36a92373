package vn.tinhso.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.testSecurityContext;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportJobs;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.catalog.RowProblem;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "steward", roles = "DATA_STEWARD")
class VillageImportTest {

    private static final String HEADER = "code,name,commune_code,households,adults,population,latitude,longitude,fibre,as_of\n";

    @Autowired MockMvc mvc;
    @Autowired Imports imports;
    @Autowired Territory territory;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    @Test
    void aFileWithBadRowsWritesNothingAndTheFixedFileBecomesTheSecondVersion() throws Exception {
        String bad = HEADER
                + "ACC-1,Thôn Đông,07201,120,300,420,21.28,106.19,true,2024-09-30\n"
                + "ACC-2,Thôn Tây,99999,100,250,350,21.28,106.19,true,2024-09-30\n"
                + "ACC-1,Thôn Nam,07201,90,200,300,21.28,106.19,true,2024-09-30\n"
                + "ACC-4,Thôn Bắc,07201,80,190,abc,21.28,106.19,true,2024-09-30\n";
        ImportJob failed = upload("villages-acc.csv", bad.getBytes(StandardCharsets.UTF_8), "Acceptance villages", false);

        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.problems()).extracting(RowProblem::line).containsExactlyInAnyOrder(3, 4, 5);
        assertThat(failed.problems()).extracting(RowProblem::column).containsExactlyInAnyOrder("commune_code", "code", "population");
        assertThat(failed.problems()).extracting(RowProblem::problem)
                .anySatisfy(p -> assertThat(p).contains("no commune 99999"))
                .anySatisfy(p -> assertThat(p).contains("Lines 2 and 4 both give code=ACC-1", "name=Thôn Đông", "name=Thôn Nam"))
                .anySatisfy(p -> assertThat(p).contains("'abc' is not a whole number"));
        assertThat(villageCount("ACC-%")).isZero();

        String fixed = bad.replace("99999", "07207").replace("ACC-1,Thôn Nam", "ACC-3,Thôn Nam").replace(",abc,", ",410,");
        ImportJob accepted = upload("villages-acc.csv", fixed.getBytes(StandardCharsets.UTF_8), "Acceptance villages", false);

        assertThat(accepted.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(accepted.rowsAccepted()).isEqualTo(4);
        assertThat(accepted.log()).contains("SHA-256", "Committed");
        assertThat(villageCount("ACC-%")).isEqualTo(4);
        assertThat(territory.villages("07201", LocalDate.of(2024, 9, 30)))
                .filteredOn(v -> v.code().startsWith("ACC-"))
                .allSatisfy(v -> assertThat(v.datasetVersionId()).isEqualTo(accepted.id()))
                .hasSize(3);

        JsonNode datasets = json.readTree(mvc.perform(get("/api/catalog/datasets").with(testSecurityContext())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode dataset = null;
        for (JsonNode d : datasets) {
            if (d.get("name").asString().equals("Acceptance villages")) {
                dataset = d;
            }
        }
        assertThat(dataset).isNotNull();
        assertThat(dataset.get("versions").asInt()).isEqualTo(2);
        mvc.perform(get("/api/catalog/datasets/" + dataset.get("id").asLong() + "/versions").with(testSecurityContext()))
                .andExpect(jsonPath("$[0].number").value(2)).andExpect(jsonPath("$[0].status").value("ACCEPTED"))
                .andExpect(jsonPath("$[1].number").value(1)).andExpect(jsonPath("$[1].status").value("FAILED"))
                .andExpect(jsonPath("$[1].log").value(org.hamcrest.Matchers.containsString("nothing was imported")));
    }

    @Test
    void theReportShowsEachReasonInTheReadersLanguageAndTheApiKeepsEnglishWithTheCode() throws Exception {
        String bad = HEADER
                + "LANG-1,Thôn Một,99998,10,20,30,,,true,2024-09-30\n"
                + "LANG-2,Thôn Hai,07201,10,20,abc,,,true,2024-09-30\n";
        ImportJob failed = upload("lang.csv", bad.getBytes(StandardCharsets.UTF_8), "Language test villages", false);
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);

        mvc.perform(get("/catalog/versions/" + failed.id()).with(testSecurityContext())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có đơn vị cấp xã 99998 vào ngày 2024-09-30")))
                .andExpect(content().string(containsString("“abc” không phải số nguyên")))
                .andExpect(content().string(not(containsString("no commune 99998"))));
        mvc.perform(get("/catalog/versions/" + failed.id()).param("lang", "en").with(testSecurityContext())).andExpect(status().isOk())
                .andExpect(content().string(containsString("no commune 99998 on 2024-09-30")))
                .andExpect(content().string(containsString("is not a whole number")));

        JsonNode problems = json.readTree(mvc.perform(get("/api/catalog/imports/" + failed.id()).with(testSecurityContext()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("problems");
        JsonNode commune = null;
        for (JsonNode p : problems) {
            if (p.get("column").asString().equals("commune_code")) {
                commune = p;
            }
        }
        assertThat(commune).isNotNull();
        assertThat(commune.get("problem").asString()).isEqualTo("no commune 99998 on 2024-09-30");
        assertThat(commune.get("code").asString()).isEqualTo("territory.import.problem.noCommuneOn");
        assertThat(commune.get("args").size()).isEqualTo(2);
        assertThat(List.of(commune.get("args").get(0).asString(), commune.get("args").get(1).asString()))
                .containsExactly("99998", "2024-09-30");

        // Reports stored before problems had codes still show their English text.
        jdbc.sql("update catalog.dataset_version set problems = cast(:old as jsonb) where id = :id")
                .param("old", "[{\"line\": 2, \"column\": \"code\", \"problem\": \"an old reason\"}]").param("id", failed.id()).update();
        // Versions of that time had no full problem list either.
        jdbc.sql("delete from catalog.import_problem where version_id = :id").param("id", failed.id()).update();
        assertThat(imports.job(failed.id()).orElseThrow().problems()).singleElement()
                .satisfies(p -> assertThat(p.code()).isNull()).satisfies(p -> assertThat(p.args()).isEmpty());
        mvc.perform(get("/catalog/versions/" + failed.id()).with(testSecurityContext())).andExpect(status().isOk())
                .andExpect(content().string(containsString("an old reason")));
    }

    @Test
    void aLaterYearsListReplacesAVillageFromItsDateAndKeepsTheEarlierFiguresForEarlierDates() throws Exception {
        ImportJob first = upload("villages-2023.csv",
                (HEADER + "YEAR-1,Thôn Năm,07201,100,250,400,,,false,\n").getBytes(StandardCharsets.UTF_8), "Yearly villages", false);
        assertThat(first.status()).isEqualTo(ImportStatus.ACCEPTED);

        ImportJob undated = upload("villages-undated.csv",
                (HEADER + "YEAR-1,Thôn Năm,07201,110,260,420,,,true,\n").getBytes(StandardCharsets.UTF_8), "Yearly villages", false);
        assertThat(undated.status()).as("without a date the same code is a duplicate").isEqualTo(ImportStatus.FAILED);
        assertThat(undated.problems()).singleElement().satisfies(p -> assertThat(p.problem()).contains("already exists", "as_of"));

        ImportJob later = upload("villages-2024.csv",
                (HEADER + "YEAR-1,Thôn Năm,07201,110,260,420,,,true,2024-01-01\n").getBytes(StandardCharsets.UTF_8), "Yearly villages", false);
        assertThat(later.status()).isEqualTo(ImportStatus.ACCEPTED);

        Village before = village("07201", LocalDate.of(2023, 6, 30), "YEAR-1");
        Village after = village("07201", LocalDate.of(2024, 9, 30), "YEAR-1");
        assertThat(before.households()).isEqualTo(100);
        assertThat(before.fibre()).isFalse();
        assertThat(before.datasetVersionId()).isEqualTo(first.id());
        assertThat(after.households()).isEqualTo(110);
        assertThat(after.fibre()).isTrue();
        assertThat(after.datasetVersionId()).isEqualTo(later.id());
        // The merger of 1 July 2025 still carries the new record under the commune that absorbed 07201.
        assertThat(territory.villages("07210", LocalDate.of(2025, 9, 30))).filteredOn(v -> v.code().equals("YEAR-1"))
                .singleElement().satisfies(v -> assertThat(v.households()).isEqualTo(110));

        ImportJob again = upload("villages-2024-again.csv",
                (HEADER + "YEAR-1,Thôn Năm,07201,120,270,430,,,true,2024-01-01\n").getBytes(StandardCharsets.UTF_8), "Yearly villages", false);
        assertThat(again.status()).as("a second list for the same date replaces the first").isEqualTo(ImportStatus.ACCEPTED);
        assertThat(village("07201", LocalDate.of(2024, 9, 30), "YEAR-1").households()).isEqualTo(120);
        assertThat(village("07201", LocalDate.of(2023, 6, 30), "YEAR-1").households()).isEqualTo(100);
    }

    private Village village(String commune, LocalDate asOf, String code) {
        return territory.villages(commune, asOf).stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aFilledInTemplateIsAcceptedInBothFormats() throws Exception {
        byte[] csv = mvc.perform(get("/api/catalog/imports/kinds/territory.villages/template").with(testSecurityContext()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString("territory-villages-template.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String header = new String(csv, StandardCharsets.UTF_8);
        assertThat(header).startsWith("\uFEFFcode,name,commune_code");
        // Fill the required columns by their position in the template's header.
        List<String> columns = List.of(header.strip().replace("\uFEFF", "").split(","));
        String[] row = new String[columns.size()];
        java.util.Arrays.fill(row, "");
        row[columns.indexOf("code")] = "TPL-1";
        row[columns.indexOf("name")] = "Thôn Mẫu";
        row[columns.indexOf("commune_code")] = "07201";
        row[columns.indexOf("households")] = "12";
        row[columns.indexOf("population")] = "40";
        String filled = header.strip() + "\r\n" + String.join(",", row) + "\r\n";
        assertThat(upload("template.csv", filled.getBytes(StandardCharsets.UTF_8), "Template villages", false).status())
                .isEqualTo(ImportStatus.ACCEPTED);

        byte[] xlsx = mvc.perform(get("/api/catalog/imports/kinds/territory.villages/template").param("format", "xlsx").with(testSecurityContext()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var data = book.getSheet("data");
            var line = data.createRow(1);
            for (int i = 0; i < columns.size(); i++) {
                if (!row[i].isEmpty()) line.createCell(i).setCellValue(row[i].replace("TPL-1", "TPL-2"));
            }
            assertThat(book.getSheet("columns").getRow(1).getCell(0).getStringCellValue()).isEqualTo("code");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            assertThat(upload("template.xlsx", out.toByteArray(), "Template villages", false).status()).isEqualTo(ImportStatus.ACCEPTED);
        }
        mvc.perform(get("/api/catalog/imports/kinds/no.such/template").with(testSecurityContext())).andExpect(status().isNotFound());
        mvc.perform(get("/api/catalog/imports/kinds/territory.villages/template").param("format", "pdf").with(testSecurityContext()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theSameFileImportedTwiceIsRecognised() throws Exception {
        byte[] file = (HEADER + "DUP-1,Thôn Một,07201,10,20,30,,,true,2024-09-30\n").getBytes(StandardCharsets.UTF_8);
        ImportJob first = upload("dup.csv", file, "Duplicate test villages", false);
        ImportJob second = upload("dup-again.csv", file, "Duplicate test villages", false);

        assertThat(first.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(second.status()).isEqualTo(ImportStatus.DUPLICATE);
        assertThat(second.sameAs()).isEqualTo(first.id());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(villageCount("DUP-%")).isEqualTo(1);
    }

    @Test
    void theUserMayChooseToImportOnlyTheGoodRows() throws Exception {
        String file = HEADER
                + "GOOD-1,Thôn Một,07201,10,20,30,,,true,2024-09-30\n"
                + "GOOD-2,Thôn Hai,00000,10,20,30,,,true,2024-09-30\n";
        ImportJob job = upload("good-only.csv", file.getBytes(StandardCharsets.UTF_8), "Good rows villages", true);

        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(job.rowsAccepted()).isEqualTo(1);
        assertThat(job.rowsRejected()).isEqualTo(1);
        assertThat(job.problems()).extracting(RowProblem::line).containsExactly(3);
        assertThat(villageCount("GOOD-%")).isEqualTo(1);
    }

    @Test
    void anXlsxAndACsvWithTheSameContentGiveTheSameVillages() throws Exception {
        List<List<Object>> table = List.of(
                List.of("code", "name", "commune_code", "households", "adults", "population", "latitude", "longitude", "fibre", "as_of"),
                List.of("SAME-1", "Tổ dân phố số 1", "07201", 210, 530, 760, 21.27451, 106.19, true, "2024-09-30"),
                List.of("SAME-2", "Thôn Hạ", "07207", 95, 240, 333, 21.2612, 106.2031, false, "2024-09-30"),
                List.of("SAME-3", "Thôn Thượng", 7207, 80, 200, 290, 21.26, 106.2, true, "2024-09-30"));
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (List<Object> row : table) {
            csv.append(String.join(";", row.stream().map(String::valueOf).toList())).append("\r\n");
        }
        ImportJob fromCsv = upload("same.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "Same content villages", false);
        List<Village> csvVillages = territory.villages("213", LocalDate.of(2024, 9, 30)).stream()
                .filter(v -> v.code().startsWith("SAME-")).toList();
        jdbc.sql("delete from territory.unit where code like 'SAME-%'").update();

        ImportJob fromXlsx = upload("same.xlsx", xlsx(table), "Same content villages", false);
        List<Village> xlsxVillages = territory.villages("213", LocalDate.of(2024, 9, 30)).stream()
                .filter(v -> v.code().startsWith("SAME-")).toList();

        assertThat(fromCsv.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(fromXlsx.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(xlsxVillages).hasSize(3);
        assertThat(xlsxVillages).filteredOn(v -> v.code().equals("SAME-3")).extracting(Village::communeCode).containsExactly("07207");
        assertThat(xlsxVillages).usingRecursiveFieldByFieldElementComparatorIgnoringFields("datasetVersionId")
                .containsExactlyElementsOf(csvVillages);
        assertThat(fromXlsx.fileFormat()).isEqualTo("XLSX");
        assertThat(fromCsv.fileFormat()).isEqualTo("CSV (;)");
    }

    @Test
    void aWindows1258FileIsRefusedWithAnExplanation() throws Exception {
        String text = HEADER + "W-1,Xa\u0303 \u0110\u00f4ng Ho\u0300a,07201,10,20,30,,,true,2024-09-30\n";
        ImportJob job = upload("cp1258.csv", text.getBytes(Charset.forName("windows-1258")), "Encoding test", false);

        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.message()).contains("not UTF-8", "Windows-1258");
        assertThat(job.messageCode()).isEqualTo("catalog.problem.notUtf8At.windows1258");
        mvc.perform(get("/catalog/jobs/" + job.id()).with(testSecurityContext())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tệp không phải UTF-8 (dòng 2, byte")))
                .andExpect(content().string(containsString("có vẻ là Windows-1258")));
        mvc.perform(get("/catalog/jobs/" + job.id()).param("lang", "en").with(testSecurityContext())).andExpect(status().isOk())
                .andExpect(content().string(containsString("The file is not UTF-8 (line 2, byte")));
    }

    @Test
    void villagesOfAMergedCommuneStandUnderTheNewCommuneAfterJuly2025() throws Exception {
        upload("moved.csv", (HEADER + "MOVE-1,Thôn Chuyển,07207,10,20,30,,,true,2024-09-30\n").getBytes(StandardCharsets.UTF_8),
                "Moved villages", false);

        assertThat(territory.unit("MOVE-1", LocalDate.of(2024, 9, 30))).get()
                .satisfies(u -> assertThat(u.parentCode()).isEqualTo("07207"))
                .satisfies(u -> assertThat(u.level()).isEqualTo("village"))
                .satisfies(u -> assertThat(u.depth()).isEqualTo(3));
        assertThat(territory.unit("MOVE-1", LocalDate.of(2025, 7, 1))).get()
                .satisfies(u -> assertThat(u.parentCode()).isEqualTo("07210"))
                .satisfies(u -> assertThat(u.depth()).isEqualTo(2));
    }

    @Test
    void theKindIsDetectedFromTheHeaderAndGeoJsonPointsGiveCoordinates() throws Exception {
        String geoJson = """
                {"type":"FeatureCollection","features":[{"type":"Feature",
                 "geometry":{"type":"Point","coordinates":[106.21,21.29]},
                 "properties":{"code":"GEO-1","name":"Bản Núi","commune_code":"07201","households":12,"population":40,"as_of":"2024-09-30"}}]}""";
        ImportJob job = ImportJobs.awaitFinished(imports, imports.submit(new ImportRequest("villages.geojson",
                geoJson.getBytes(StandardCharsets.UTF_8), null, "GeoJSON villages", "test", "steward", false)).id());

        assertThat(job.kind()).isEqualTo("territory.villages");
        assertThat(job.status()).as(job.message() + job.problems()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(territory.unit("GEO-1", LocalDate.of(2024, 9, 30))).get()
                .satisfies(u -> assertThat(u.latitude()).isEqualTo(21.29))
                .satisfies(u -> assertThat(u.type()).isEqualTo("Bản"));
    }

    @Test
    void jsonRowsWithVietnameseHeadersAreRead() throws Exception {
        String rows = """
                {"rows": [{"ma_thon": "JS-1", "ten_thon": "Thôn Giữa", "ma_xa": "07201", "so_ho": 40, "dan_so": 150,
                           "vi_do": "21,281", "kinh_do": "106,19", "cap_quang": "có", "ngay": "30/09/2024"}]}""";
        ImportJob job = upload("villages.json", rows.getBytes(StandardCharsets.UTF_8), "JSON villages", false);

        assertThat(job.status()).as(job.problems().toString()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(job.fileFormat()).isEqualTo("JSON");
        assertThat(territory.villages("07201", LocalDate.of(2024, 9, 30))).filteredOn(v -> v.code().equals("JS-1"))
                .singleElement().satisfies(v -> {
                    assertThat(v.latitude()).isEqualTo(21.281);
                    assertThat(v.fibre()).isTrue();
                    assertThat(v.households()).isEqualTo(40);
                });
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerCannotImport() throws Exception {
        mvc.perform(multipart("/api/catalog/imports").file(new MockMultipartFile("file", "v.csv", "text/csv", HEADER.getBytes()))
                        .param("kind", "territory.villages").param("source", "x").with(csrf()).with(testSecurityContext()))
                .andExpect(status().isForbidden());
    }

    private ImportJob upload(String name, byte[] content, String dataset, boolean acceptValidRows) throws Exception {
        String body = mvc.perform(multipart("/api/catalog/imports").file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .param("kind", "territory.villages").param("dataset", dataset).param("source", "UBND huyện (test)")
                        .param("acceptValidRows", String.valueOf(acceptValidRows)).with(csrf()).with(testSecurityContext()))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        return ImportJobs.awaitFinished(imports, json.readTree(body).get("id").asLong());
    }

    private long villageCount(String like) {
        return jdbc.sql("select count(distinct code) from territory.village where code like :like").param("like", like).query(Long.class).single();
    }

    private static byte[] xlsx(List<List<Object>> table) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Thôn");
            for (int r = 0; r < table.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < table.get(r).size(); c++) {
                    Object value = table.get(r).get(c);
                    var cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        cell.setCellValue(String.valueOf(value));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
