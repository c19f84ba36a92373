package vn.tinhso.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;

/** The data-value import remembers which units exist, and forgets once units are added. */
@SpringBootTest
@ActiveProfiles("test")
class DataValuesOfNewUnitsTest {

    @Autowired Imports imports;

    @Test
    void valuesOfAVillageRefusedBeforeItExistsAreAcceptedOnceItWasImported() {
        String values = "element,unit,period,value\nT_VALUE,NEWU-1,202008,3\n";
        ImportJob before = imports.runNow(request("before.csv", values, "indicators.data-values", "New unit values"));
        assertThat(before.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(before.problems()).anySatisfy(p -> assertThat(p.column()).isEqualTo("unit"));

        ImportJob villages = imports.runNow(request("new-unit.csv",
                "code,name,commune_code,households,population,fibre\nNEWU-1,Thôn Mới,07243,50,200,true\n", "territory.villages", "New units"));
        assertThat(villages.status()).isEqualTo(ImportStatus.ACCEPTED);

        ImportJob after = imports.runNow(request("after.csv", values, "indicators.data-values", "New unit values"));
        assertThat(after.status()).isEqualTo(ImportStatus.ACCEPTED);
    }

    private static ImportRequest request(String name, String content, String kind, String dataset) {
        return new ImportRequest(name, content.getBytes(StandardCharsets.UTF_8), kind, dataset, "test", "steward", false);
    }
}
