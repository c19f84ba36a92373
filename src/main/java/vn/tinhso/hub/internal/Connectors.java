package vn.tinhso.hub.internal;

import java.util.List;
import java.util.Optional;

/** The registries the hub pulls from: register one, run it now (it also runs on a schedule), read its state. */
public interface Connectors {

    /** Registers the connector or changes its address, kind and page size; its cursor stays. */
    ConnectorState register(ConnectorSpec spec);

    /** Registers a database source, or changes it; its cursor stays. */
    ConnectorState registerJdbc(JdbcSourceSpec spec);

    /**
     * Pulls the records changed since the connector's cursor, page by page, and imports them as a new version of the
     * kind's dataset. {@code endUser} and {@code purpose} travel in the exchange headers of every request. A source
     * that cannot be read after the retries leaves the last good version and the cursor as they were.
     */
    ConnectorRun run(String code, String endUser, String purpose);

    List<ConnectorState> list();

    Optional<ConnectorState> state(String code);

    List<ConnectorRun> runs(String code, int limit);
}
