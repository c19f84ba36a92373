package vn.tinhso.territory.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Recasting;
import vn.tinhso.territory.Territory;

/** The territory API's parameters, paging and problem details, with the territory stubbed: no database is started. */
@WebMvcTest(controllers = TerritoryApiController.class, useDefaultFilters = false, includeFilters = {
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = TerritoryApiController.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.tinhso\\.platform\\.web\\.ApiExceptionHandler")})
class TerritoryApiSliceTest {

    @Autowired MockMvc mvc;
    @MockitoBean Territory territory;
    @MockitoBean Recasting recasting;

    private static AdminUnit commune(int i) {
        return new AdminUnit(String.format("%05d", i), "Xã " + i, "Xa " + i, "commune", 2, "Xã", "24",
                LocalDate.of(2025, 7, 1), null, 1000L, 21.3, 106.2);
    }

    @Test
    void aMissingUnitIsAProblemDetailNamingTheUnitAndTheDate() throws Exception {
        when(territory.unit(eq("99999"), eq(LocalDate.of(2024, 9, 30)))).thenReturn(Optional.empty());
        mvc.perform(get("/api/territory/units/99999").param("asOf", "2024-09-30"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("No unit 99999 on 2024-09-30"));
    }

    @Test
    void aDateThatIsNotADateIsABadParameterNotAServerError() throws Exception {
        mvc.perform(get("/api/territory/units/24").param("asOf", "30/09/2024"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid parameter"))
                .andExpect(jsonPath("$.detail").value("Parameter 'asOf' has an invalid value: 30/09/2024"));
    }

    @Test
    void aRecastValueWithoutItsCodeIsRefusedBeforeAnythingIsRecast() throws Exception {
        mvc.perform(get("/api/territory/recast").param("from", "2024-09-30").param("to", "2025-07-01").param("value", "07201=10"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("write each value as code:number, e.g. 07201:10 (got '07201=10')"));
        mvc.perform(get("/api/territory/recast").param("from", "2025-07-01").param("to", "2024-09-30").param("value", "07201:10"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("'to' must be after 'from'"));
        verify(recasting, never()).recast(any(), any(), any());
    }

    @Test
    void unitsArePagedAndAPageNeverExceedsTheLimit() throws Exception {
        List<AdminUnit> communes = IntStream.range(0, 1500).mapToObj(TerritoryApiSliceTest::commune).toList();
        when(territory.units(any(), eq("commune"), eq(null))).thenReturn(communes);
        mvc.perform(get("/api/territory/units").param("level", "commune").param("size", "5000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1500)).andExpect(jsonPath("$.items.length()").value(1000));
        mvc.perform(get("/api/territory/units").param("level", "commune").param("page", "1").param("size", "1000"))
                .andExpect(jsonPath("$.items.length()").value(500)).andExpect(jsonPath("$.items[0].code").value("01000"));
        when(territory.units(any(), eq("village"), eq(null))).thenReturn(Collections.emptyList());
        mvc.perform(get("/api/territory/units").param("level", "village").param("page", "7"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
    }
}
