package vn.tinhso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.demo.DemoParts;
import vn.tinhso.territory.Territory;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "ANALYST")
class IndicatorsIntegrationTest {

    MockMvc mvc;
    @Autowired org.springframework.web.context.WebApplicationContext context;
    @Autowired List<DemoDataContributor> demo;
    @Autowired Analytics analytics;
    @Autowired DataValues values;
    @Autowired Territory territory;
    @Autowired List<vn.tinhso.catalog.ImportKind> importKinds;

    @BeforeEach
    void demoLoaded() {
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        DemoParts.contribute(demo, "indicator values");
    }

    private double value(String code, String period) {
        return one(code, period, "24", null, Analytics.Boundaries.AS_OF_PERIOD).value();
    }

    private Analytics.Row one(String code, String period, String unit, String level, Analytics.Boundaries boundaries) {
        List<Analytics.Row> rows = analytics.query(new Analytics.Request(List.of(code), List.of(Period.parse(period)), unit, level, boundaries, null, true));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void theApiReturnsTheArticleFiguresComputedFromRawValues() throws Exception {
        mvc.perform(get("/api/indicators/analytics").param("dx", "GRDP_GROWTH,CONTRIB_IND,ECOM_SHARE,HH_FIBRE_SHARE,SMARTPHONE_SHARE")
                        .param("pe", "2024Y9M,2023Y9M").param("ou", "24"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[?(@.code=='GRDP_GROWTH' && @.period=='2024Y9M')].value").value(13.89))
                .andExpect(jsonPath("$.rows[?(@.code=='GRDP_GROWTH' && @.period=='2023Y9M')].value").value(12.25))
                .andExpect(jsonPath("$.rows[?(@.code=='CONTRIB_IND' && @.period=='2024Y9M')].value").value(12.92))
                .andExpect(jsonPath("$.rows[?(@.code=='ECOM_SHARE' && @.period=='2024Y9M')].value").value(16.8))
                .andExpect(jsonPath("$.rows[?(@.code=='HH_FIBRE_SHARE' && @.period=='2024Y9M')].value").value(86.3))
                .andExpect(jsonPath("$.rows[?(@.code=='GRDP_GROWTH')].unitName").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("Tỉnh Bắc Giang"))));
        assertThat(value("SMARTPHONE_SHARE", "2024Y9M")).isGreaterThan(85);
        assertThat(value("SHARE_OF_GROWTH_IND", "2024Y9M")).isCloseTo(93.0, within(0.1));
    }

    @Test
    void sectorContributionsAddUpToGrowth() {
        for (String period : List.of("2024Y9M", "2023Y9M", "2024Q3", "2024")) {
            double sum = one("CONTRIB_AGR", period, "24", null, Analytics.Boundaries.AS_OF_PERIOD).value()
                    + one("CONTRIB_IND", period, "24", null, Analytics.Boundaries.AS_OF_PERIOD).value()
                    + one("CONTRIB_SRV", period, "24", null, Analytics.Boundaries.AS_OF_PERIOD).value()
                    + one("CONTRIB_TAX", period, "24", null, Analytics.Boundaries.AS_OF_PERIOD).value();
            assertThat(sum).as(period).isCloseTo(value("GRDP_GROWTH", period), within(0.02));
            assertThat(value("CONTRIB_CHECK", period)).as(period).isCloseTo(0, within(1e-6));
        }
    }

    @Test
    void aRatioOverDistrictsIsTheSumOfNumeratorsOverTheSumOfDenominatorsNotTheMeanOfRatios() {
        List<Analytics.Row> districts = analytics.query(new Analytics.Request(List.of("ECOM_SHARE"), List.of(Period.parse("2024Y9M")),
                "24", "district", Analytics.Boundaries.AS_OF_PERIOD, null, true));
        assertThat(districts).hasSize(10);
        double numerators = districts.stream().mapToDouble(Analytics.Row::numerator).sum();
        double denominators = districts.stream().mapToDouble(Analytics.Row::denominator).sum();
        double meanOfRatios = districts.stream().mapToDouble(Analytics.Row::value).average().orElseThrow();
        Analytics.Row province = one("ECOM_SHARE", "2024Y9M", "24", null, Analytics.Boundaries.AS_OF_PERIOD);
        assertThat(province.value()).isCloseTo(numerators / denominators * 100, within(0.005));
        assertThat(province.numerator()).isCloseTo(numerators, within(0.01));
        assertThat(Math.abs(meanOfRatios - province.value())).isGreaterThan(0.05);
    }

    @Test
    void aRevisionLeavesTheOldValueVisibleAsKnownOnTheEarlierDate() {
        DataValue first = new DataValue("RETAIL_SALES", "", "213", "202103", new BigDecimal("100.5"), ValueStatus.ESTIMATE);
        DataValue revised = new DataValue("RETAIL_SALES", "", "213", "202103", new BigDecimal("120.25"), ValueStatus.OFFICIAL);
        values.write(List.of(first), 1L, LocalDate.of(2021, 4, 5).atStartOfDay().toInstant(ZoneOffset.UTC));
        values.write(List.of(revised), 2L, LocalDate.of(2021, 6, 20).atStartOfDay().toInstant(ZoneOffset.UTC));

        assertThat(analytics.query(request("RETAIL_SALES", "202103", "213", LocalDate.of(2021, 5, 31))).get(0).value()).isEqualTo(100.5);
        assertThat(analytics.query(request("RETAIL_SALES", "202103", "213", LocalDate.of(2021, 6, 30))).get(0).value()).isEqualTo(120.25);
        assertThat(analytics.query(request("RETAIL_SALES", "202103", "213", null)).get(0).value()).isEqualTo(120.25);
        assertThat(values.history("RETAIL_SALES", "", "213", "202103")).extracting(DataValues.Revision::value)
                .containsExactly(new BigDecimal("100.5"), new BigDecimal("120.25"));
        assertThat(values.history("RETAIL_SALES", "", "213", "202103").get(0).status()).isEqualTo(ValueStatus.ESTIMATE);
        // Writing the same value again is not a revision.
        assertThat(values.write(List.of(revised), 3L, null)).isZero();
        assertThat(values.history("RETAIL_SALES", "", "213", "202103")).hasSize(2);
    }

    private static Analytics.Request request(String code, String period, String unit, LocalDate knownOn) {
        return new Analytics.Request(List.of(code), List.of(Period.parse(period)), unit, null, Analytics.Boundaries.AS_OF_PERIOD, knownOn, false);
    }

    @Test
    void aCommuneValueOf2024RecastIntoThe2025UnitsAddsUp() {
        double oldProvince = value("ADULTS", "2024Y9M");
        List<Analytics.Row> newCommunes = analytics.query(new Analytics.Request(List.of("ADULTS"), List.of(Period.parse("2024Y9M")),
                "24", "commune", Analytics.Boundaries.TODAY, null, false));
        assertThat(newCommunes).hasSize(territory.units(LocalDate.now(), "commune", "24").size());
        double recast = newCommunes.stream().filter(r -> r.value() != null).mapToDouble(Analytics.Row::value).sum();
        assertThat(recast).isEqualTo(oldProvince);
        // New Bắc Ninh also holds old Bắc Ninh, which has no survey values here.
        assertThat(newCommunes.stream().filter(r -> r.value() == null).count()).isPositive();
        assertThat(one("ADULTS", "2024Y9M", "24", null, Analytics.Boundaries.TODAY).value()).isEqualTo(oldProvince);
    }

    @Test
    void theTargetsBoardShowsECommerceGreenAgainstTenPercent() throws Exception {
        mvc.perform(get("/api/indicators/targets").param("pe", "2024Y9M"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.target.code=='ECOM_2025')].rag").value("GREEN"))
                .andExpect(jsonPath("$[?(@.target.code=='ECOM_2025')].actual").value(16.8))
                .andExpect(jsonPath("$[?(@.target.code=='ECOM_2025')].target.legalSource").value("Quyết định 411/QĐ-TTg ngày 31/3/2022"))
                .andExpect(jsonPath("$[?(@.target.code=='ECOM_2030')].rag").value("AMBER"));
    }

    @Test
    void analyticsAnswersInCsvWithNumeratorAndDenominator() throws Exception {
        String csv = mvc.perform(get("/api/indicators/analytics").param("dx", "ECOM_SHARE").param("pe", "2024Y9M").param("ouLevel", "district")
                        .param("numDen", "true").param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst()).hasValue("\uFEFFdx,pe,ou,ou_name,value,numerator,denominator");
        assertThat(csv.lines().count()).isEqualTo(11);
    }

    @Test
    void aWrongRequestIsAProblemThatSaysWhatToFix() throws Exception {
        mvc.perform(get("/api/indicators/analytics").param("dx", "ECOM_SHARE").param("pe", "2024M9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("2024Y9M")));
        mvc.perform(get("/api/indicators/analytics").param("dx", "NOPE").param("pe", "2024"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDemoDataPassesItsValidationRulesAndScoresTheScorecard() throws Exception {
        mvc.perform(get("/api/indicators/validation").param("pe", "202409").param("outliersOf", "RETAIL_SALES"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.violations").isEmpty());
        mvc.perform(get("/api/indicators/scorecards/DTI_PROVINCE").param("pe", "2024Y9M"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pillars[?(@.pillar.code=='INFRASTRUCTURE')].components[?(@.component.code=='FIBRE')].points").value(20.0));
        Map<String, Double> byDistrict = analytics.query(new Analytics.Request(List.of("DISTRICTS_ECOM_OVER_10"), List.of(Period.parse("2024Y9M")),
                "24", null, Analytics.Boundaries.AS_OF_PERIOD, null, false)).stream().collect(Collectors.toMap(Analytics.Row::unit, Analytics.Row::value));
        assertThat(byDistrict.get("24")).isBetween(1.0, 10.0);
    }

    @Test
    void theImportKindChecksCodesAndWritesValuesWithTheirDatasetVersion() {
        vn.tinhso.catalog.ImportKind kind = importKinds.stream().filter(k -> k.code().equals("indicators.data-values")).findFirst().orElseThrow();
        List<vn.tinhso.catalog.ImportRow> rows = List.of(
                new vn.tinhso.catalog.ImportRow(2, Map.of("element", "RETAIL_SALES", "unit", "215", "period", "202105", "value", "300")),
                new vn.tinhso.catalog.ImportRow(3, Map.of("element", "ADULTS", "unit", "07201", "period", "2021Q2", "value", "50", "disaggregation", "sex=female")),
                new vn.tinhso.catalog.ImportRow(4, Map.of("element", "NOPE", "unit", "99999", "period", "2024M9", "value", "x")),
                new vn.tinhso.catalog.ImportRow(5, Map.of("element", "ADULTS", "unit", "07201", "period", "2021Q2", "value", "1", "disaggregation", "sex=other")));
        List<vn.tinhso.catalog.RowProblem> problems = new java.util.ArrayList<>();
        rows.forEach(r -> kind.check(r, problems::add));
        assertThat(problems).extracting(vn.tinhso.catalog.RowProblem::line).containsOnly(4, 5);
        assertThat(problems).extracting(vn.tinhso.catalog.RowProblem::column).contains("element", "period", "value", "disaggregation");
        kind.write(rows.subList(0, 2), 77L);
        assertThat(values.history("RETAIL_SALES", "", "215", "202105")).singleElement()
                .satisfies(r -> assertThat(r.datasetVersionId()).isEqualTo(77L));
        assertThat(analytics.query(request("RETAIL_SALES", "2021Q2", "215", null)).get(0).value()).isEqualTo(300.0);
    }

    @Test
    void twoRowsGivingTheSameValueInDifferentSpellingsAreRefusedNotSilentlyReducedToOne() {
        vn.tinhso.catalog.ImportKind kind = importKinds.stream().filter(k -> k.code().equals("indicators.data-values")).findFirst().orElseThrow();
        List<vn.tinhso.catalog.ImportRow> rows = List.of(
                new vn.tinhso.catalog.ImportRow(2, Map.of("element", "RETAIL_SALES", "unit", "216", "period", "202106", "value", "300")),
                new vn.tinhso.catalog.ImportRow(3, Map.of("element", "RETAIL_SALES", "unit", "216", "period", "2021-06", "value", "400")));
        List<vn.tinhso.catalog.RowProblem> problems = new java.util.ArrayList<>();
        rows.forEach(r -> kind.check(r, problems::add));
        assertThat(problems).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kind.write(rows, 78L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lines 2 and 3");
    }

    @Test
    void thePagesRenderWithLinksToDefinitionsAndData() throws Exception {
        String explorer = mvc.perform(get("/indicators").param("dx", "ECOM_SHARE").param("pe", "2024Y9M").param("ouLevel", "district"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(explorer).contains("id=\"indicator-chart\"", "id=\"indicator-map\"", "/indicators/ECOM_SHARE",
                "/indicators/values?element=ECOM_SALES", "Huyện Lục Ngạn");
        assertThat(mvc.perform(get("/indicators/targets")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("target-ECOM_2025", "data-rag=\"GREEN\"", "411/QĐ-TTg");
        assertThat(mvc.perform(get("/indicators/scorecards")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("pillar-INFRASTRUCTURE", "922/QĐ-BTTTT");
        mvc.perform(get("/indicators/quality")).andExpect(status().isOk());
        assertThat(mvc.perform(get("/indicators/GRDP_GROWTH").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("lastYear(N{GRDP_CP})", "GRDP_CP_IND");
        mvc.perform(get("/indicators").param("dx", "HH_FIBRE_SHARE").param("pe", "2024Y9M").param("ouLevel", "commune").param("boundaries", "today"))
                .andExpect(status().isOk());
    }

    @Test
    void rolledUpSumsGiveTheSameAnswerAsTheRawValues() {
        List<Period> months = new java.util.ArrayList<>();
        for (int m = 1; m <= 12; m++) months.add(Period.month(2024, m));
        months.add(Period.parse("2024Y9M"));
        Analytics.Request latest = new Analytics.Request(List.of("ECOM_SHARE", "RETAIL_SALES"), months, "24", "district",
                Analytics.Boundaries.AS_OF_PERIOD, null, true);
        // Asking "as known" reads the raw rows; the latest values come from the roll-ups.
        Analytics.Request raw = new Analytics.Request(latest.codes(), months, "24", "district", Analytics.Boundaries.AS_OF_PERIOD,
                LocalDate.now().plusDays(1), true);
        assertThat(analytics.query(latest)).hasSize(2 * 13 * 10).isEqualTo(analytics.query(raw));
    }

    @Test
    void expressionFunctionsWorkOverUnitsAndPeriods() {
        List<vn.tinhso.territory.AdminUnit> communes = territory.units(LocalDate.of(2021, 2, 1), "commune", "215");
        List<DataValue> written = new java.util.ArrayList<>();
        double s = 0;
        for (int i = 0; i < communes.size(); i++) {
            s += i + 1;
            for (int m = 1; m <= 3; m++)
                for (String element : List.of("T_VALUE", "T_STOCK", "T_AVG"))
                    written.add(new DataValue(element, "", communes.get(i).code(), "20210" + m, BigDecimal.valueOf((long) (i + 1) * m), ValueStatus.OFFICIAL));
        }
        values.write(written, null, null);
        double sum = s;
        java.util.function.BiFunction<String, String, Double> at215 = (code, period) -> analytics.query(new Analytics.Request(List.of(code),
                List.of(Period.parse(period)), "215", null, Analytics.Boundaries.AS_OF_PERIOD, null, false)).get(0).value();

        assertThat(at215.apply("T_SUM_CHILDREN", "202103")).isEqualTo(sum * 3).isEqualTo(at215.apply("T_VALUE", "202103"));
        assertThat(at215.apply("T_COUNT_OVER_5", "202103")).isEqualTo(communes.size() - 1.0);
        assertThat(at215.apply("T_YTD", "202103")).isEqualTo(sum * 6);
        assertThat(at215.apply("T_PREV_MONTH", "202103")).isEqualTo(sum * 2);
        assertThat(at215.apply("T_IF", "202103")).isEqualTo(sum * 6);
        assertThat(at215.apply("T_IF", "202104")).isEqualTo(-1.0);
        assertThat(at215.apply("T_STOCK", "2021Q1")).isEqualTo(sum * 3);
        assertThat(at215.apply("T_AVG", "2021Q1")).isEqualTo(sum * 2);
        assertThat(at215.apply("T_VALUE", "2021Q1")).isEqualTo(sum * 6);
    }

    @Test
    void theHomePageShowsTheArticleFiguresFromTheEngine() throws Exception {
        String home = mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("13.89 %", "16.8 %", "86.3 %");
    }

    @Test
    void aHomeCardSaysWhichPeriodItDescribesHowItMovedItsTargetAndWhereItComesFrom() throws Exception {
        String home = mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String grdp = home.substring(home.indexOf("id=\"card-grdp\""), home.indexOf("</article>", home.indexOf("id=\"card-grdp\"")));
        assertThat(grdp).contains("13.89 %", "9 months 2024", "+1.64 pp on 9 months 2023", "<polyline",
                "href=\"/indicators?dx=GRDP_GROWTH&amp;pe=2024Y9M&amp;ou=24\"");
        String ecommerce = home.substring(home.indexOf("id=\"card-ecommerce\""),
                home.indexOf("</article>", home.indexOf("id=\"card-ecommerce\"")));
        assertThat(ecommerce).contains("16.8 %", "Target 2025: ≥ 10 %", "goal-met", ">met<");
    }

    @Test
    void homeCardNumbersAreWrittenTheVietnameseWay() throws Exception {
        String home = mvc.perform(get("/").param("lang", "vi")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("13,89 %", "9 tháng 2024", "+1,64 điểm % so với 9 tháng 2023", "Mục tiêu 2025: ≥ 10 %");
    }
}
