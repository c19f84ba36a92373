package vn.tinhso.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Numbers, periods and target rules on the indicator pages, in Vietnamese by default and in English on request. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "VIEWER")
class IndicatorPagesSpeakTheReadersLanguageTest {

    @Autowired WebApplicationContext context;
    @Autowired java.util.List<vn.tinhso.demo.DemoDataContributor> demo;
    MockMvc mvc;

    @BeforeEach
    void demoLoaded() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        vn.tinhso.demo.DemoParts.contribute(demo, "indicator values");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theTargetsBoardStatesItsRuleWithTheToleranceAndSaysANineMonthFigureMeetsAnAnnualTarget() throws Exception {
        String vi = page("/indicators/targets?pe=2024Y9M");
        assertThat(vi).contains("Đạt từ 10 trở lên; gần đạt từ 8 đến dưới 10 (dung sai 2); chưa đạt dưới 8")
                .contains("Đang so số liệu 9 tháng đầu năm 2024 với mục tiêu Năm 2025")
                .contains(">16,8<").doesNotContain(">16.8<");
        String en = page("/indicators/targets?pe=2024Y9M&lang=en");
        assertThat(en).contains("Met at 20 or more; nearly met from 16 to below 20 (tolerance 4); not met below 16")
                .contains("Comparing Jan–Sep 2024 with the target for 2030");
    }

    @Test
    void theExplorerTableAndPeriodPickerUseVietnameseNumbersAndPeriodNames() throws Exception {
        String vi = page("/indicators?dx=ECOM_SHARE&pe=2024Y9M&ouLevel=district");
        assertThat(vi).contains(">9 tháng đầu năm 2024</option>").contains("Quý III/2024").contains("Tháng 9/2024")
                .containsPattern(">\\d+,\\d+</a>").doesNotContainPattern(">\\d+\\.\\d+</a>");
        assertThat(vi).contains("data-labels=\"9 tháng đầu năm 2022|9 tháng đầu năm 2023|9 tháng đầu năm 2024\"");
    }

    @Test
    void theDataQualityPageNamesItsPeriodsInWordsAndWritesNumbersInTheReadersLanguage() throws Exception {
        String vi = page("/indicators/quality?pe=202409");
        assertThat(vi).contains("Vi phạm quy tắc kiểm tra · Tháng 9/2024").doesNotContain("· 202409<");
        assertThat(vi).doesNotContainPattern("class=\"num\">\\d+\\.\\d{1,2}<");
        String en = page("/indicators/quality?pe=202409&lang=en");
        assertThat(en).contains("· September 2024").doesNotContain("· 202409<");
    }

    @Test
    void theScorecardWritesComponentValuesWithADecimalComma() throws Exception {
        String vi = page("/indicators/scorecards?pe=2024Y9M");
        assertThat(vi).containsPattern("class=\"num component-value\">\\d+,\\d+<").doesNotContainPattern("class=\"num component-value\">\\d+\\.\\d+<");
    }
}
