package vn.tinhso.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class MessageBundlesTest {

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    @Test
    void everyModuleBundleOnTheClassPathIsLoadedWithoutBeingListed() {
        assertThat(MessageBundles.basenames())
                .startsWith("i18n/messages")
                .contains("i18n/access/messages", "i18n/catalog/messages", "i18n/dashboard/messages",
                        "i18n/indicators/messages", "i18n/territory/messages", "i18n/workforce/messages")
                .doesNotHaveDuplicates();
    }

    @Test
    void everyKeyExistsInVietnameseAndInEnglish() throws IOException {
        Resource[] vietnamese = resolver.getResources("classpath*:i18n/**/messages.properties");
        assertThat(vietnamese).hasSizeGreaterThan(5);
        List<String> missing = new ArrayList<>();
        for (Resource vi : vietnamese) {
            Resource en = vi.createRelative("messages_en.properties");
            String bundle = vi.getURL().toString().replaceAll(".*/(i18n/.*)messages\\.properties$", "$1");
            assertThat(en.exists()).as("English bundle next to " + bundle).isTrue();
            Set<String> viKeys = keys(vi);
            Set<String> enKeys = keys(en);
            differences(bundle, "en", viKeys, enKeys, missing);
            differences(bundle, "vi", enKeys, viKeys, missing);
        }
        assertThat(missing).as("keys present in one language only").isEmpty();
    }

    private static void differences(String bundle, String language, Set<String> present, Set<String> other, List<String> missing) {
        present.stream().filter(k -> !other.contains(k)).forEach(k -> missing.add(bundle + " " + k + " (no " + language + ")"));
    }

    private static Set<String> keys(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
