package vn.tinhso.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.tinhso.platform.Modules;

/**
 * One Flyway run per module folder {@code db/migration/<module>}, each with its own history table
 * {@code flyway_history_<module>}, modules in dependency order. A module numbers its migrations as it likes: they can
 * never collide with another module's, and no out-of-order mode is needed.
 *
 * <p>A database made before this scheme has one table {@code flyway_schema_history} for all modules. It is upgraded
 * once: each module's table is baselined at the highest of its migrations the old table records, then the old table is
 * renamed {@code flyway_schema_history_before_modules}. Nothing is migrated twice and no data is touched.
 */
class ModuleMigrations {

    static final String ROOT = "db/migration";
    static final String OLD_TABLE = "flyway_schema_history";
    static final String OLD_TABLE_KEPT = "flyway_schema_history_before_modules";
    private static final Pattern SCRIPT = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.*\\.sql");
    private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);

    private final Configuration base;
    private final String root;

    /** @param base the application's Flyway settings (data source, schemas, placeholders); locations and table are replaced */
    ModuleMigrations(Configuration base) {
        this(base, ROOT);
    }

    ModuleMigrations(Configuration base, String root) {
        this.base = base;
        this.root = root;
    }

    /** The module folders under the root and their migration file names, modules in dependency order. */
    Map<String, List<String>> scripts() {
        Map<String, List<String>> byModule = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver(base.getClassLoader()).getResources("classpath*:" + root + "/*/*.sql")) {
                String url = r.getURL().toString();
                String[] parts = url.substring(url.lastIndexOf(root + "/") + root.length() + 1).split("/");
                byModule.computeIfAbsent(parts[0], m -> new ArrayList<>()).add(parts[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the migrations under " + root, e);
        }
        Map<String, List<String>> ordered = new java.util.LinkedHashMap<>();
        Modules.inDependencyOrder(byModule.keySet()).forEach(m -> ordered.put(m, byModule.get(m)));
        return ordered;
    }

    void migrate() {
        Map<String, List<String>> scripts = scripts();
        upgradeFromOneHistoryTable(scripts);
        for (String module : scripts.keySet()) {
            int applied = flyway(module).load().migrate().migrationsExecuted;
            if (applied > 0) log.info("Module {}: {} migration(s) applied", module, applied);
        }
    }

    static String table(String module) {
        return "flyway_history_" + module;
    }

    private FluentConfiguration flyway(String module) {
        return Flyway.configure(base.getClassLoader()).configuration(base)
                .locations("classpath:" + root + "/" + module)
                .table(table(module))
                .outOfOrder(false)
                // Other modules' tables are already there: start this module's history below its first migration.
                .baselineOnMigrate(true).baselineVersion("0");
    }

    private void upgradeFromOneHistoryTable(Map<String, List<String>> scripts) {
        DataSource dataSource = base.getDataSource();
        try (Connection c = dataSource.getConnection()) {
            if (!exists(c, OLD_TABLE)) return;
            Set<String> applied = new HashSet<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select version, script from " + OLD_TABLE + " where success and version is not null")) {
                while (rs.next()) {
                    String script = rs.getString(2);
                    applied.add(rs.getString(1) + " " + script.substring(script.lastIndexOf('/') + 1));
                }
            }
            for (var module : scripts.entrySet()) {
                if (exists(c, table(module.getKey()))) continue;
                MigrationVersion highest = module.getValue().stream()
                        .filter(f -> version(f) != null && applied.contains(version(f).getVersion() + " " + f))
                        .map(ModuleMigrations::version).max(MigrationVersion::compareTo).orElse(null);
                if (highest == null) continue;
                flyway(module.getKey()).baselineVersion(highest).baselineDescription("applied before " + OLD_TABLE + " was split")
                        .load().baseline();
                log.info("Module {}: history starts at {} from {}", module.getKey(), highest, OLD_TABLE);
            }
            try (Statement s = c.createStatement()) {
                s.execute("alter table " + OLD_TABLE + " rename to " + OLD_TABLE_KEPT);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot upgrade " + OLD_TABLE + " to one history table per module", e);
        }
    }

    static MigrationVersion version(String fileName) {
        Matcher m = SCRIPT.matcher(fileName);
        return m.matches() ? MigrationVersion.fromVersion(m.group(1).replace('_', '.')) : null;
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (var s = c.prepareStatement("select to_regclass(?) is not null")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
