package vn.tinhso.platform.internal;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import vn.tinhso.platform.AnalystDatabase;

/** The analyst role's connection pool; not a {@link DataSource} bean, so the application's own stays the only one. */
final class AnalystPool implements AutoCloseable {

    private final HikariDataSource pool = new HikariDataSource();

    AnalystPool(String url, String password, int size) {
        // Configured by setters, this pool connects lazily: on the workbench's first query.
        pool.setJdbcUrl(url);
        pool.setUsername(AnalystDatabase.ROLE);
        pool.setPassword(password);
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(0);
        pool.setReadOnly(true);
        pool.setPoolName("tinhso-analyst");
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
