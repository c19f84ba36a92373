package vn.tinhso.streams.internal;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.streams.EventLog;

/** The contract with consumers served from the events this process just appended, as the platform runs. */
@SpringBootTest
@ActiveProfiles("test")
class PostgresEventLogContractTest extends EventLogContract {

    @Autowired DataSource dataSource;

    @Override
    EventLog newLog() {
        return new PostgresEventLog(jdbc, dataSource, tx, 20_000);
    }
}
