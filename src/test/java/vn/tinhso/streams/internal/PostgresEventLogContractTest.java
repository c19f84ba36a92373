package vn.tinhso.streams.internal;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.streams.EventLog;

@SpringBootTest
@ActiveProfiles("test")
class PostgresEventLogContractTest extends EventLogContract {

    @Autowired DataSource dataSource;

    @Override
    EventLog newLog() {
        return new PostgresEventLog(jdbc, dataSource, tx);
    }
}
