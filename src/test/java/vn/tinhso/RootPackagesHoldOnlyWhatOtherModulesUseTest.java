package vn.tinhso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A module's root package is its API: every public type there is used by another module (or by the test sources of
 * another one), or appears in such a type. Anything else belongs in the module's {@code internal} package.
 */
class RootPackagesHoldOnlyWhatOtherModulesUseTest {

    private static final Path MAIN = Path.of("src/main/java/vn/tinhso");
    private static final Path TEST = Path.of("src/test/java/vn/tinhso");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(final\\s+|sealed\\s+|abstract\\s+)*(class|interface|record|enum|@interface)\\s", Pattern.MULTILINE);

    @Test
    void everyPublicRootTypeIsUsedOutsideItsModule() throws IOException {
        Map<String, List<String>> sourcesByModule = new LinkedHashMap<>();
        for (Path base : List.of(MAIN, TEST)) {
            try (Stream<Path> files = Files.walk(base)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sourcesByModule
                        .computeIfAbsent(base.relativize(f).getName(0).toString(), m -> new ArrayList<>()).add(read(f)));
            }
        }
        List<String> unused = new ArrayList<>();
        try (Stream<Path> modules = Files.list(MAIN)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                String name = module.getFileName().toString();
                Map<String, String> types = new LinkedHashMap<>();
                try (Stream<Path> files = Files.list(module)) {
                    files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
                            .forEach(f -> {
                                String source = read(f);
                                if (PUBLIC_TYPE.matcher(source).find())
                                    types.put(f.getFileName().toString().replace(".java", ""), source);
                            });
                }
                List<String> outside = sourcesByModule.entrySet().stream().filter(e -> !e.getKey().equals(name))
                        .flatMap(e -> e.getValue().stream()).toList();
                Set<String> kept = new HashSet<>();
                types.keySet().stream().filter(t -> outside.stream().anyMatch(s -> mentions(s, t))).forEach(kept::add);
                boolean grew = true;
                while (grew) {
                    grew = false;
                    for (String t : List.copyOf(kept))
                        for (String u : types.keySet())
                            if (!kept.contains(u) && mentions(types.get(t), u)) grew = kept.add(u);
                }
                new TreeSet<>(types.keySet()).stream().filter(t -> !kept.contains(t)).forEach(t -> unused.add(name + "." + t));
            }
        }
        assertThat(unused).as("public root types that no other module uses (move them into internal)").isEmpty();
    }

    private static boolean mentions(String source, String type) {
        return Pattern.compile("\\b" + type + "\\b").matcher(source).find();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
