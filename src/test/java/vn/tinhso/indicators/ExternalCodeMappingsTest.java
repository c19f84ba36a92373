package vn.tinhso.indicators;

import vn.tinhso.indicators.internal.ExternalCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.indicators.internal.ExternalCodes.Kind;

@SpringBootTest
@ActiveProfiles("test")
class ExternalCodeMappingsTest {

    @Autowired Imports imports;
    @Autowired ExternalCodes codes;
    @Autowired JdbcClient jdbc;
    @Autowired WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private ImportJob run(String name, String text, String source, Set<String> options) {
        return imports.runNow(new ImportRequest(name, text.getBytes(StandardCharsets.UTF_8), "indicators.data-values", null, source,
                "steward", false, options));
    }

    private String current(String element, String disaggregation, String unit, String period) {
        return jdbc.sql("select value::text from indicators.data_value where element = :e and disagg = :d and unit_code = :u"
                        + " and period = :p and known_to is null")
                .param("e", element).param("d", disaggregation).param("u", unit).param("p", period).query(String.class).optional().orElse(null);
    }

    @Test
    void aMinistrysDhis2CodesAreRowErrorsNamingTheCodeAndTheMappingPageThenImportOnceMapped() {
        String file = """
                {"dataSet": "moit", "period": "202101",
                 "dataValues": [
                   {"dataElement": "TMDT_DOANH_THU", "orgUnit": "VN_BG_213", "value": "41.5"},
                   {"dataElement": "NGUOI_TRUONG_THANH", "orgUnit": "07201", "categoryOptionCombo": "Jk3mZ8aLq1x", "value": "120"},
                   {"dataElement": "CHI_CDS_DN", "orgUnit": "213", "attributeOptionCombo": "KCN", "value": "3.5"}
                 ]}""";
        ImportJob refused = run("moit.json", file, "MOIT test", Set.of());
        assertThat(refused.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(refused.problems()).extracting(RowProblem::problem).anySatisfy(p -> assertThat(p).contains("TMDT_DOANH_THU").contains("/indicators/mappings"))
                .anySatisfy(p -> assertThat(p).contains("VN_BG_213").contains("/indicators/mappings"))
                .anySatisfy(p -> assertThat(p).contains("Jk3mZ8aLq1x").contains("/indicators/mappings"))
                .anySatisfy(p -> assertThat(p).contains("KCN").contains("/indicators/mappings"));

        // The unmapped codes wait on the mapping page with the closest codes of ours.
        var waiting = codes.unmapped("moit test");
        assertThat(waiting).extracting(ExternalCodes.Unmapped::kind, ExternalCodes.Unmapped::externalId).contains(
                org.assertj.core.groups.Tuple.tuple(Kind.ELEMENT, "TMDT_DOANH_THU"), org.assertj.core.groups.Tuple.tuple(Kind.UNIT, "VN_BG_213"),
                org.assertj.core.groups.Tuple.tuple(Kind.COMBO, "Jk3mZ8aLq1x"), org.assertj.core.groups.Tuple.tuple(Kind.ATTRIBUTE_COMBO, "KCN"));
        assertThat(waiting.stream().filter(u -> u.externalId().equals("TMDT_DOANH_THU")).findFirst().orElseThrow().suggestions().get(0).code())
                .isEqualTo("ECOM_SALES");
        assertThat(waiting.stream().filter(u -> u.externalId().equals("VN_BG_213")).findFirst().orElseThrow().suggestions())
                .extracting(ExternalCodes.Suggestion::code).contains("213");

        codes.put("MOIT test", Kind.ELEMENT, "TMDT_DOANH_THU", "ECOM_SALES", "steward");
        codes.put("MOIT test", Kind.ELEMENT, "NGUOI_TRUONG_THANH", "ADULTS", "steward");
        codes.put("MOIT test", Kind.ELEMENT, "CHI_CDS_DN", "ENT_DT_SPENDING", "steward");
        codes.put("MOIT test", Kind.UNIT, "VN_BG_213", "213", "steward");
        codes.put("MOIT test", Kind.COMBO, "Jk3mZ8aLq1x", "sex=female", "steward");
        codes.put("moit TEST ", Kind.ATTRIBUTE_COMBO, "KCN", "location=industrial_park", "steward");

        ImportJob accepted = run("moit-again.json", file, "MOIT test", Set.of());
        assertThat(accepted.problems()).isEmpty();
        assertThat(accepted.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(current("ECOM_SALES", "", "213", "202101")).isEqualTo("41.5");
        assertThat(current("ADULTS", "sex=female", "07201", "202101")).isEqualTo("120");
        assertThat(current("ENT_DT_SPENDING", "location=industrial_park", "213", "202101")).isEqualTo("3.5");
        assertThat(codes.unmapped("moit test")).isEmpty();
    }

    @Test
    void anotherSourcesMappingDoesNotApply() {
        codes.put("Source A test", Kind.ELEMENT, "DT_TMDT_A", "ECOM_SALES", "steward");
        ImportJob job = run("b.json", """
                {"period": "202102", "orgUnit": "213", "dataValues": [{"dataElement": "DT_TMDT_A", "value": "1"}]}""", "Source B test", Set.of());
        assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.problems()).singleElement().satisfies(p -> assertThat(p.problem()).contains("DT_TMDT_A"));
    }

    @Test
    void theNameSchemeOnTheDataValueSetMatchesOurElementNames() {
        ImportJob job = run("names.json", """
                {"dataElementIdScheme": "NAME", "period": "202103", "orgUnit": "215",
                 "dataValues": [{"dataElement": "E-commerce retail sales", "value": "7"}]}""", "Names test", Set.of());
        assertThat(job.problems()).isEmpty();
        assertThat(current("ECOM_SALES", "", "215", "202103")).isEqualTo("7");
    }

    @Test
    void theUidSchemeAsAnImportOptionTranslatesUidsThroughTheMappingTable() {
        codes.put("Uid test", Kind.ELEMENT, "fbfJHSPpUQD", "RETAIL_SALES", "steward");
        String file = """
                {"period": "202502", "dataValues": [{"dataElement": "fbfJHSPpUQD", "orgUnit": "ImspTQPwCqd", "value": "9"}]}""";
        ImportJob refused = run("uid.json", file, "Uid test", Set.of("idScheme=uid"));
        assertThat(refused.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.column()).isEqualTo("unit"));

        codes.put("Uid test", Kind.UNIT, "ImspTQPwCqd", "215", "steward");
        ImportJob accepted = run("uid-again.json", file, "Uid test", Set.of("idScheme=uid"));
        assertThat(accepted.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(current("RETAIL_SALES", "", "215", "202502")).isEqualTo("9");
    }

    @Test
    void adxCodesAndCategoryOptionsTranslateThroughTheSourcesTable() {
        codes.put("Adx test", Kind.ELEMENT, "SO_NGUOI_LON", "ADULTS", "steward");
        codes.put("Adx test", Kind.COMBO, "GIOI_TINH=NU", "sex=female", "steward");
        ImportJob job = run("values.adx.xml", """
                <adx xmlns="urn:ihe:qrph:adx:2015">
                  <group orgUnit="07201" period="2021-05-01/P1M">
                    <dataValue dataElement="SO_NGUOI_LON" GIOI_TINH="NU" value="88"/>
                  </group>
                </adx>""", "Adx test", Set.of());
        assertThat(job.problems()).isEmpty();
        assertThat(current("ADULTS", "sex=female", "07201", "202105")).isEqualTo("88");
    }

    @Test
    void aMappingMustNameACodeOfOurs() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> codes.put("Check test", Kind.ELEMENT, "X", "NOPE", "steward"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOPE");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> codes.put("Check test", Kind.COMBO, "Y", "sex=robot", "steward"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writersEditMappingsThroughTheApiAndThePageViewersOnlyRead() throws Exception {
        mvc.perform(put("/api/indicators/mappings").with(csrf()).with(user("viewer").roles("VIEWER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":\"Api test\",\"kind\":\"ELEMENT\",\"externalId\":\"RS\",\"code\":\"RETAIL_SALES\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/indicators/mappings").with(csrf()).with(user("steward").roles("DATA_STEWARD"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":\"Api test\",\"kind\":\"ELEMENT\",\"externalId\":\"RS\",\"code\":\"RETAIL_SALES\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.code").value("RETAIL_SALES"));
        mvc.perform(put("/api/indicators/mappings").with(csrf()).with(user("steward").roles("DATA_STEWARD"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":\"Api test\",\"kind\":\"ELEMENT\",\"externalId\":\"XX\",\"code\":\"NOPE\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/indicators/mappings").param("source", "api test").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mappings[0].externalId").value("RS"));

        mvc.perform(post("/indicators/mappings").with(csrf()).with(user("steward").roles("DATA_STEWARD"))
                        .param("source", "Page test").param("kind", "STATUS").param("externalId", "uoc").param("code", "estimate"))
                .andExpect(status().is3xxRedirection());
        assertThat(codes.mappings("page test")).singleElement().satisfies(m -> assertThat(m.code()).isEqualTo("ESTIMATE"));
        mvc.perform(get("/indicators/mappings").param("source", "page test").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("uoc")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"add-mapping\""))));
    }
}
