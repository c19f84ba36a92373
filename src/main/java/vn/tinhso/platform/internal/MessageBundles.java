package vn.tinhso.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module's bundle under {@code i18n/<module>/messages*.properties} is found on the class path, so a new module
 * brings its texts by adding the files; the shared {@code i18n/messages} comes first.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

    static final String SHARED = "i18n/messages";
    private static final Pattern MODULE_BUNDLE = Pattern.compile(".*/(i18n/[^/]+/messages)(_[A-Za-z_]+)?\\.properties$");

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** The shared bundle, then every module's bundle in name order. */
    static String[] basenames() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*/messages*.properties");
            return Stream.concat(Stream.of(SHARED),
                    Arrays.stream(found).map(MessageBundles::basename).filter(Objects::nonNull).distinct().sorted())
                .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the message bundles", e);
        }
    }

    private static String basename(Resource resource) {
        try {
            Matcher m = MODULE_BUNDLE.matcher(resource.getURL().toString());
            return m.matches() ? m.group(1) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
