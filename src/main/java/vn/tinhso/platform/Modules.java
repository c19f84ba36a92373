package vn.tinhso.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.modulith.ApplicationModule;

/**
 * The application's modules in dependency order, read from the {@code allowedDependencies} of each module's
 * {@code package-info.java}: a module comes after every module it may use, and modules that do not depend on each
 * other come in name order. Start-up work, migrations, navigation and home cards follow this order, so no module has
 * to pick a number that fits the others'.
 */
public final class Modules {

    public static final String ROOT = "vn.tinhso";

    private Modules() {
    }

    /** The module a class belongs to: the first package segment below {@code vn.tinhso}, or null outside it. */
    public static String of(Class<?> type) {
        String name = type.getName();
        if (!name.startsWith(ROOT + ".")) return null;
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? null : rest.substring(0, dot);
    }

    /** The modules among {@code names} in dependency order; names without a package-info sort by name after none. */
    public static List<String> inDependencyOrder(Set<String> names) {
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (String name : new TreeSet<>(names)) {
            visit(name, names, placed, new LinkedHashSet<>());
        }
        ordered.addAll(placed);
        return ordered;
    }

    /** Compares by the position of each object's module in {@link #inDependencyOrder}. */
    public static <T> Comparator<T> byDependencyOrder(Set<String> names, java.util.function.Function<T, String> module) {
        List<String> order = inDependencyOrder(names);
        return Comparator.comparingInt(t -> {
            int i = order.indexOf(module.apply(t));
            return i < 0 ? Integer.MAX_VALUE : i;
        });
    }

    /** The modules {@code module} declares it may use (named interfaces stripped), empty when it declares none. */
    public static Set<String> dependenciesOf(String module) {
        Set<String> dependencies = new TreeSet<>();
        ApplicationModule declared = declaration(module);
        if (declared != null) {
            for (String d : declared.allowedDependencies()) {
                dependencies.add(d.contains("::") ? d.substring(0, d.indexOf("::")) : d);
            }
        }
        return dependencies;
    }

    private static void visit(String module, Set<String> among, Set<String> placed, Set<String> path) {
        if (placed.contains(module)) return;
        if (!path.add(module)) throw new IllegalStateException("modules depend on each other in a cycle: " + path);
        for (String dependency : dependenciesOf(module)) {
            if (among.contains(dependency)) visit(dependency, among, placed, path);
        }
        path.remove(module);
        placed.add(module);
    }

    private static ApplicationModule declaration(String module) {
        try {
            Class<?> info = Class.forName(ROOT + "." + module + ".package-info", false, Modules.class.getClassLoader());
            return info.getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
