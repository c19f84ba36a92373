package vn.tinhso.platform.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import vn.tinhso.platform.Modules;
import vn.tinhso.platform.StartupStep;

/** Runs every module's {@link StartupStep}s, modules in dependency order, so no module picks an order number. */
@Component
class ModuleStartup implements ApplicationRunner {

    private final List<StartupStep> steps;

    ModuleStartup(List<StartupStep> steps) {
        Set<String> modules = steps.stream().map(ModuleStartup::moduleOf).collect(Collectors.toSet());
        this.steps = steps.stream().sorted(Modules.byDependencyOrder(modules, ModuleStartup::moduleOf)).toList();
    }

    /** The steps in the order they run. */
    List<StartupStep> steps() {
        return steps;
    }

    static String moduleOf(StartupStep step) {
        return Modules.of(ClassUtils.getUserClass(step));
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        for (StartupStep step : steps) {
            step.run();
        }
    }
}
