package vn.tinhso.streams.internal;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.streams.EventLog;

/** The contract with every read from the table: what a consumer sees of another process's appends or after a restart. */
@SpringBootTest
@ActiveProfiles("test")
class PostgresEventLogReadFromTheTableContractTest extends EventLogContract {

    @Autowired DataSource dataSource;

    @Override
    EventLog newLog() {
        return new PostgresEventLog(jdbc, dataSource, tx, 0);
    }
}
