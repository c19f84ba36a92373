package vn.tinhso.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ModuleStartupTest {

    @Autowired ModuleStartup startup;

    @Test
    void startupStepsRunInModuleDependencyOrderWithoutOrderNumbers() {
        // The administrator exists before anything is imported, reference units before the demo province is built.
        assertThat(startup.steps().stream().map(ModuleStartup::moduleOf).distinct())
                .containsSubsequence("access", "catalog", "territory", "demo");
    }
}
