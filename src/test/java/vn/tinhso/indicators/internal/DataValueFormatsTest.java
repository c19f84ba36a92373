package vn.tinhso.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tinhso.catalog.ImportRow;

class DataValueFormatsTest {

    @Test
    void dhis2DataValueSetsBecomeRowsWithSetLevelPeriodAndUnit() {
        String json = """
                {"dataSet": "x", "period": "202409", "orgUnit": "213",
                 "dataValues": [
                   {"dataElement": "RETAIL_SALES", "value": "812.5"},
                   {"dataElement": "ADULTS", "orgUnit": "07201", "period": "2024Q2", "categoryOptionCombo": "sex=female", "value": 4100},
                   {"dataElement": "ADULTS", "categoryOptionCombo": "HllvX50cXC0", "value": "1"}
                 ]}""";
        List<ImportRow> rows = DataValuesImportKind.dataValueSets(file(json, ".json")).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).values()).containsEntry("period", "202409").containsEntry("unit", "213").containsEntry("value", "812.5");
        assertThat(rows.get(1).values()).containsEntry("unit", "07201").containsEntry("disaggregation", "sex=female").containsEntry("value", "4100");
        assertThat(rows.get(2).text("disaggregation")).isNull();
        // The physical line of each object, so the report points where the uploader can look.
        assertThat(rows).extracting(ImportRow::line).containsExactly(3, 4, 5);
    }

    @Test
    void adxGroupsBecomeRowsWithTheirExtraAttributesAsDisaggregations() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <adx xmlns="urn:ihe:qrph:adx:2015" exported="2024-10-01T00:00:00">
                  <group orgUnit="07201" period="2024-04-01/P3M" dataSet="SURVEY">
                    <dataValue dataElement="ADULTS" sex="female" value="4100"/>
                    <dataValue dataElement="HH_TOTAL" area="urban" value="4780"/>
                  </group>
                  <group orgUnit="213" period="2024-09-01/P1M" dataSet="TRADE">
                    <dataValue dataElement="RETAIL_SALES" value="812.5"/>
                  </group>
                </adx>""";
        List<ImportRow> rows = DataValuesImportKind.adx(file(xml, ".xml")).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).values()).containsEntry("element", "ADULTS").containsEntry("unit", "07201")
                .containsEntry("period", "2024-04-01/P3M").containsEntry("disaggregation", "sex=female");
        assertThat(rows).extracting(ImportRow::line).containsExactly(4, 5, 8);
        assertThat(rows.get(2).values()).containsEntry("disaggregation", "").containsEntry("value", "812.5");
    }

    @Test
    void adxWithADoctypeIsRefusedSoNoExternalEntityIsRead() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE adx [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <adx xmlns="urn:ihe:qrph:adx:2015"><group orgUnit="213" period="2024-09-01/P1M">
                <dataValue dataElement="RETAIL_SALES" value="&x;"/></group></adx>""";
        assertThatThrownBy(() -> DataValuesImportKind.adx(file(xml, ".xml")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void aDataValueSetInTheWrongEncodingIsRefusedWithTheLineAndByteOfTheFirstBadSequence() throws IOException {
        byte[] latin1 = "{\"dataValues\": [\n{\"dataElement\": \"Thôn\", \"value\": \"1\"}]}".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.createTempFile("latin1-", ".json");
        Files.write(file, latin1);

        assertThatThrownBy(() -> DataValuesImportKind.dataValueSets(file)).hasMessageContaining("line 2").hasMessageContaining("byte");
    }

    private static Path file(String text, String suffix) {
        try {
            Path file = Files.createTempFile("data-values-", suffix);
            Files.writeString(file, text);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
