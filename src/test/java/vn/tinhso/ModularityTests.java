package vn.tinhso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import vn.tinhso.platform.Modules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TinhsoApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void everyModuleButTheOpenPlatformDeclaresTheModulesItMayUse() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("access", "catalog", "dashboard", "demo", "indicators", "territory", "workforce")
                .filteredOn(name -> !name.equals("platform"))
                .allSatisfy(name -> assertThat(Modules.dependenciesOf(name)).as(name).isNotEmpty());
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        Path out = Path.of("target/spring-modulith-docs");
        if (Files.exists(out)) {
            try (Stream<Path> old = Files.walk(out)) {
                old.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(out.toString())).writeDocumentation();

        assertThat(out.resolve("components.puml")).isNotEmptyFile();
        modules.forEach(m -> assertThat(out.resolve("module-" + m.getIdentifier() + ".puml")).as(m.getIdentifier().toString())
                .isNotEmptyFile());
    }
}
