package vn.tinhso.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * For a command: when a TinhSo server runs on the embedded data directory, use its PostgreSQL
 * read-only ({@code tinhso.db.attach}) instead of failing on the directory's lock; the server has
 * migrated the schema already.
 */
public class AttachToRunningServer implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        String dataDir = environment.getProperty("tinhso.db.data-dir");
        if (!environment.getProperty("tinhso.db.url", "").isEmpty() || dataDir == null
                || environment.getProperty("tinhso.db.ephemeral", Boolean.class, false)) {
            return;
        }
        Path dir = Path.of(dataDir).toAbsolutePath();
        try {
            if (Postmaster.of(dir).isPresent() && Postmaster.inUseByAnotherProcess(dir)) {
                environment.getPropertySources().addFirst(new MapPropertySource("attach-to-running-server", Map.of(
                        "tinhso.db.attach", "true",
                        "spring.flyway.enabled", "false",
                        "spring.modulith.events.jdbc.schema-initialization.enabled", "false")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
