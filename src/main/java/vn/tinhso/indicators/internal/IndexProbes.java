package vn.tinhso.indicators.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs statements that look up a batch's keys in the values table with index probes only. Inside one long import the
 * values table grows far faster than its planner statistics, and a planner that believes it small hashes or scans the
 * whole table for every batch; a batch's keys are few, so probing the index per key is right whatever the table's size.
 */
final class IndexProbes {

    private static final List<String> PLANS = List.of("enable_hashjoin", "enable_mergejoin", "enable_seqscan");

    private IndexProbes() {
    }

    static void run(JdbcClient jdbc, Runnable statements) {
        List<String> before = PLANS.stream().map(j -> jdbc.sql("select current_setting(:j)").param("j", j).query(String.class).single()).toList();
        PLANS.forEach(j -> jdbc.sql("select set_config(:j, 'off', true)").param("j", j).query(String.class).single());
        try {
            statements.run();
        } finally {
            for (int i = 0; i < PLANS.size(); i++)
                jdbc.sql("select set_config(:j, :v, true)").param("j", PLANS.get(i)).param("v", before.get(i)).query(String.class).single();
        }
    }
}
