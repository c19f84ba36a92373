package vn.tinhso.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.tinhso.platform.AnalystDatabase;

/**
 * The embedded PostgreSQL: started by this process, or, for a command run beside a live server,
 * that server's PostgreSQL (attached, never stopped by us). Every connection needs a password
 * (SCRAM); the application connects as {@code tinhso}, which owns the platform's schemas but is
 * not a superuser, so it cannot run shell commands ({@code COPY … TO PROGRAM}) or read server files.
 */
final class EmbeddedServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    static final String DATABASE = "postgres";

    private static final String PG_HBA = """
            # Written by TinhSo at every start: every connection needs a password (SCRAM-SHA-256).
            # The passwords are in tinhso-credentials.properties (mode 0600) beside this file.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private final EmbeddedPostgres started;
    private final DatabaseServer server;
    private final DatabaseCredentials credentials;

    private EmbeddedServer(EmbeddedPostgres started, DatabaseServer server, DatabaseCredentials credentials) {
        this.started = started;
        this.server = server;
        this.credentials = credentials;
    }

    DatabaseServer server() {
        return server;
    }

    DatabaseCredentials credentials() {
        return credentials;
    }

    boolean attached() {
        return started == null;
    }

    String jdbcUrl() {
        String url = "jdbc:postgresql://localhost:" + server.port() + "/" + DATABASE;
        // A command beside a live server only reads: the server refuses every write on these connections.
        return attached() ? url + "?options=-c%20default_transaction_read_only=on" : url;
    }

    /**
     * Starts PostgreSQL on {@code dir}, creating it on the first start. With {@code durable} a commit
     * returns only once it is on disk ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes} on).
     */
    static EmbeddedServer start(Path dir, boolean ephemeral, int port, boolean durable) throws IOException {
        Files.createDirectories(dir);
        Postmaster.stopOrphan(dir);
        boolean fresh = !Files.exists(dir.resolve("postgresql.conf"));
        var known = fresh ? java.util.Optional.<DatabaseCredentials>empty() : DatabaseCredentials.read(dir);
        DatabaseCredentials credentials = known.orElseGet(DatabaseCredentials::generate);
        // A directory made before passwords existed trusts local connections until it is upgraded below.
        boolean upgradeFromTrust = !fresh && known.isEmpty();
        String on = durable ? "on" : "off";
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(ephemeral)
                // Spring stops it after everything that uses the database; a hook of its own would race them.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "50")
                .setServerConfig("shared_buffers", "256MB")
                // An import stages each batch of values in a temporary table: 8 MB of session buffers made it spill to disk.
                .setServerConfig("temp_buffers", "64MB")
                // A large import writes gigabytes of WAL in one transaction: checkpoints every 1 GB re-logged whole pages.
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("fsync", on)
                .setServerConfig("synchronous_commit", on)
                .setServerConfig("full_page_writes", on)
                .setConnectConfig("password", credentials.superuserPassword());
        if (port > 0) {
            builder.setPort(port);
        }
        Path passwordFile = null;
        if (fresh) {
            passwordFile = Files.createTempFile("tinhso-pw-", ""); // mode 0600
            Files.writeString(passwordFile, credentials.superuserPassword());
            // zonky hands these to initdb as --name=value, after its own "-A trust", which they override.
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
        }
        builder.setDataDirectoryCustomizer(dataDir -> {
            try {
                if (fresh) {
                    credentials.write(dir);
                }
                if (!upgradeFromTrust) {
                    writePgHba(dir);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        EmbeddedPostgres pg;
        try {
            pg = builder.start();
        } finally {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
        }
        try {
            setUp(pg, dir, credentials, upgradeFromTrust);
        } catch (SQLException | IOException | RuntimeException e) {
            pg.close();
            throw new IllegalStateException("Could not set up the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
        log.info("Embedded PostgreSQL started on port {} with data in {} (durable: {})", pg.getPort(), dir, durable);
        return new EmbeddedServer(pg, new DatabaseServer(pg.getPort(), dir), credentials);
    }

    /** A command run while TinhSo serves {@code dir}: use its PostgreSQL, read-only. */
    static EmbeddedServer attach(Path dir) throws IOException {
        Postmaster postmaster = Postmaster.of(dir).orElseThrow(
                () -> new IllegalStateException("No PostgreSQL is running on " + dir));
        DatabaseCredentials credentials = DatabaseCredentials.read(dir).orElseThrow(
                () -> new IllegalStateException("No " + DatabaseCredentials.FILE_NAME + " in " + dir
                        + ": restart TinhSo once so that it sets up passwords"));
        log.info("Using the running server's PostgreSQL on port {} read-only", postmaster.port());
        return new EmbeddedServer(null, new DatabaseServer(postmaster.port(), dir), credentials);
    }

    /**
     * Idempotent, as the superuser: the application role exists with its password and owns the
     * database and everything in it that {@code postgres} owned (directories from older versions).
     */
    private static void setUp(EmbeddedPostgres pg, Path dir, DatabaseCredentials credentials, boolean upgradeFromTrust)
            throws SQLException, IOException {
        try (Connection c = pg.getDatabase(DatabaseCredentials.SUPERUSER, DATABASE).getConnection();
             Statement s = c.createStatement()) {
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = 'tinhso') then create role tinhso; end if; end $$");
            s.execute("alter role tinhso with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
                    + credentials.appPassword() + "'");
            s.execute("alter database " + DATABASE + " owner to tinhso");
            s.execute(TRANSFER_OWNERSHIP);
            createAnalystRole(s, credentials);
            if (upgradeFromTrust) {
                s.execute("alter role postgres password '" + credentials.superuserPassword() + "'");
                credentials.write(dir);
                writePgHba(dir);
                s.execute("select pg_reload_conf()");
                log.warn("Upgraded {}: password authentication, application role tinhso", dir);
            }
        }
    }

    /**
     * The workbench's role: it may log in and read what the hub's migration grants it (the curated views),
     * nothing else. Its password changes at every start and is kept only in memory.
     */
    private static void createAnalystRole(Statement s, DatabaseCredentials credentials) throws SQLException {
        String role = AnalystDatabase.ROLE;
        s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then create role " + role
                + "; end if; end $$");
        s.execute("alter role " + role + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls noinherit"
                + " connection limit 5 password '" + credentials.analystPassword() + "'");
        s.execute("alter role " + role + " set default_transaction_read_only = on");
        // Without this every role may create temporary tables; the application role owns the database and keeps it.
        s.execute("revoke temporary on database " + DATABASE + " from public");
        s.execute("grant temporary on database " + DATABASE + " to tinhso");
    }

    private static final String TRANSFER_OWNERSHIP = """
            do $$
            declare r record;
            begin
                for r in select nspname from pg_namespace
                         where nspowner = 'postgres'::regrole and nspname not like 'pg\\_%' and nspname not in ('information_schema', 'public') loop
                    execute format('alter schema %I owner to tinhso', r.nspname);
                end loop;
                for r in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where c.relowner = 'postgres'::regrole and c.relkind in ('r', 'p', 'v', 'm', 'f')
                           and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema' loop
                    execute format('alter table %s owner to tinhso', r.name);
                end loop;
                for r in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where c.relowner = 'postgres'::regrole and c.relkind = 'S'
                           and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema' loop
                    execute format('alter sequence %s owner to tinhso', r.name);
                end loop;
                for r in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                         where p.proowner = 'postgres'::regrole and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema' loop
                    execute format('alter routine %s owner to tinhso', r.name);
                end loop;
                for r in select t.oid::regtype as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
                         where t.typowner = 'postgres'::regrole and t.typtype in ('e', 'd', 'r')
                           and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema' loop
                    execute format('alter type %s owner to tinhso', r.name);
                end loop;
            end $$""";

    private static void writePgHba(Path dir) throws IOException {
        Path file = dir.resolve("pg_hba.conf");
        if (Files.exists(file) && Files.readString(file).equals(PG_HBA)) {
            return;
        }
        Path temporary = DatabaseCredentials.ownerOnlyFile(dir.resolve("pg_hba.conf.new"));
        Files.writeString(temporary, PG_HBA);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        }
    }
}
