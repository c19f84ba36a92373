package vn.tinhso;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The demo generators live in the demo module; no other module carries demo types or depends on the demo. */
class DemoStaysInTheDemoModuleTest {

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.tinhso");

    @Test
    void noModuleButTheDemoHasDemoTypes() {
        noClasses().that().resideOutsideOfPackage("vn.tinhso.demo..").should().haveSimpleNameContaining("Demo")
                .check(production);
    }

    @Test
    void noModuleDependsOnTheDemo() {
        noClasses().that().resideOutsideOfPackage("vn.tinhso.demo..").should().dependOnClassesThat().resideInAPackage("vn.tinhso.demo..")
                .check(production);
    }
}
