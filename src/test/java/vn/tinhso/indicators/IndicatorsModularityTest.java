package vn.tinhso.indicators;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import vn.tinhso.TinhsoApplication;

class IndicatorsModularityTest {

    @Test
    void indicatorsAndWorkforceKeepTheModuleRules() {
        ApplicationModules.of(TinhsoApplication.class).verify();
    }
}
