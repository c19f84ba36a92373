package vn.tinhso.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This process as a runner of import jobs. While it lives it holds a PostgreSQL session advisory
 * lock named after itself on one connection; when the process dies the server drops the lock, and
 * any other process can then claim that the dead node's unfinished jobs will never finish.
 */
@Component
class ImportNode implements DisposableBean {

    private final String id = UUID.randomUUID().toString();
    private final Connection held;

    ImportNode(DataSource dataSource) throws SQLException {
        held = dataSource.getConnection();
        try (PreparedStatement lock = held.prepareStatement("select pg_advisory_lock(hashtextextended(?, 0))")) {
            lock.setString(1, lockName(id));
            lock.execute();
        }
    }

    String id() {
        return id;
    }

    static String lockName(String node) {
        return "tinhso-import-node:" + node;
    }

    @Override
    public void destroy() throws SQLException {
        held.close();
    }
}
