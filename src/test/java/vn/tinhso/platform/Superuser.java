package vn.tinhso.platform;

import vn.tinhso.platform.internal.DatabaseServer;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Consumer;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tests only: SQL as the embedded server's superuser {@code postgres}, which the application itself
 * never is; the way an intruder with the data directory's password file would work. Each call is
 * one transaction on its own connection.
 */
public final class Superuser {

    private Superuser() {
    }

    /** Runs the statements in order in one transaction, e.g. {@code set local session_replication_role = replica} first. */
    public static void sql(ApplicationContext context, String... statements) {
        run(context, jdbc -> {
            for (String statement : statements) {
                jdbc.sql(statement).update();
            }
        });
    }

    public static void run(ApplicationContext context, Consumer<JdbcClient> work) {
        DatabaseServer server = context.getBean(DatabaseServer.class);
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/postgres",
                "postgres", password(server.dataDirectory()))) {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
            new TransactionTemplate(new DataSourceTransactionManager(dataSource))
                    .executeWithoutResult(status -> work.accept(JdbcClient.create(dataSource)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String password(Path dataDirectory) {
        Properties credentials = new Properties();
        try (Reader in = Files.newBufferedReader(dataDirectory.resolve("tinhso-credentials.properties"))) {
            credentials.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return credentials.getProperty("postgres");
    }
}
