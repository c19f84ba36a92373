package vn.tinhso.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PackReaderTest {

    private static final String ELEMENTS = """
            pack: test
            elements:
              - code: A
                name: A
              - code: B
                name: B
            """;

    @Test
    void anExpressionWithACycleIsRefusedWithTheCycleSpelledOut() {
        String pack = ELEMENTS + """
                indicators:
                  - code: X
                    name: X
                    numerator: "#{A} + N{Y}"
                  - code: Y
                    name: Y
                    numerator: "N{Z} * 2"
                  - code: Z
                    name: Z
                    numerator: "N{X} / #{B}"
                """;
        assertThatThrownBy(() -> PackReader.read(Map.of("packs/test.yaml", pack)))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("packs/test.yaml:8:")
                .hasMessageContaining("indicator cycle: X → Y → Z → X");
    }

    @Test
    void indicatorsAreOrderedAfterWhatTheyUse() {
        String pack = ELEMENTS + """
                indicators:
                  - code: TOTAL
                    name: T
                    numerator: "N{PART} + #{B}"
                  - code: PART
                    name: P
                    numerator: "#{A}"
                """;
        assertThat(PackReader.read(Map.of("packs/test.yaml", pack)).order).containsExactly("PART", "TOTAL");
    }

    @Test
    void aBadExpressionNamesFileLineAndPosition() {
        String pack = ELEMENTS + """
                indicators:
                  - code: X
                    name: X
                    numerator: "#{A} + #{NOPE}"
                """;
        assertThatThrownBy(() -> PackReader.read(Map.of("packs/test.yaml", pack)))
                .hasMessageStartingWith("packs/test.yaml:10: Unknown data element 'NOPE' at position 8");
    }

    @Test
    void anUnknownKeyOrMissingFieldIsRefusedWithItsLine() {
        assertThatThrownBy(() -> PackReader.read(Map.of("packs/a.yaml", ELEMENTS + "targets:\n  - code: T\n    indicator: A\n    unit: '24'\n    period: 2025\n    valu: 3\n")))
                .hasMessageStartingWith("packs/a.yaml:12: unknown key 'valu'");
        assertThatThrownBy(() -> PackReader.read(Map.of("packs/b.yaml", "pack: b\nelements:\n  - code: A\n    name: [x\n")))
                .hasMessageStartingWith("packs/b.yaml:").hasMessageContaining("not valid YAML");
    }

    @Test
    void aCodeDefinedInTwoPacksNamesBothPlaces() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("packs/one.yaml", ELEMENTS);
        files.put("packs/two.yaml", "pack: two\nelements:\n  - code: A\n    name: again\n");
        assertThatThrownBy(() -> PackReader.read(files)).hasMessage("packs/two.yaml:3: 'A' is already defined at packs/one.yaml:3");
    }

    @Test
    void theShippedPacksLoad() throws Exception {
        PackCatalog catalog = new PackCatalog("classpath*:packs/*.yaml");
        assertThat(catalog.indicators()).extracting(i -> i.code()).contains("GRDP_GROWTH", "ECOM_SHARE", "HH_FIBRE_SHARE", "CIVIL_SERVANTS_TRAINED");
        assertThat(catalog.elementsUsedBy("SHARE_OF_GROWTH_IND")).containsExactlyInAnyOrder("GRDP_CP_AGR", "GRDP_CP_IND", "GRDP_CP_SRV", "GRDP_CP_TAX");
    }

    @Test
    void anElementDeclaresItsDomainAndAnImpossibleOneIsRefused() {
        String pack = "pack: d\nelements:\n  - code: S\n    name: S\n    domain: {min: 0, max: 100}\n"
                + "  - code: C\n    name: C\n    domain: {min: 0, integer: true}\n";
        Definitions d = PackReader.read(Map.of("packs/d.yaml", pack));
        assertThat(d.elements.get("S").domain()).isEqualTo(new vn.tinhso.indicators.ValueDomain(java.math.BigDecimal.ZERO, new java.math.BigDecimal("100"), false));
        assertThat(d.elements.get("C").domain().integer()).isTrue();
        assertThatThrownBy(() -> PackReader.read(Map.of("packs/e.yaml", "pack: e\nelements:\n  - code: S\n    name: S\n    domain: {min: 10, max: 1}\n")))
                .hasMessageStartingWith("packs/e.yaml:5:").hasMessageContaining("minimum 10 is above the maximum 1");
    }
}
