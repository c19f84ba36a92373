package vn.tinhso.platform.internal;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import vn.tinhso.platform.StandaloneCommand;

/** Every {@link StandaloneCommand} under the application's package, found without starting the application. */
public final class StandaloneCommands {

    private StandaloneCommands() {
    }

    public static List<StandaloneCommand> find(Class<?> application) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(StandaloneCommand.class));
        List<StandaloneCommand> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(application.getPackageName())) {
            try {
                Constructor<?> constructor = Class.forName(candidate.getBeanClassName()).getDeclaredConstructor();
                constructor.setAccessible(true);
                found.add((StandaloneCommand) constructor.newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create the command " + candidate.getBeanClassName(), e);
            }
        }
        return found;
    }
}
