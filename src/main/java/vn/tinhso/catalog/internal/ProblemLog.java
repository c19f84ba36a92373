package vn.tinhso.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.catalog.RowProblem;

/**
 * All the problems of an import, in {@code catalog.import_problem}. They are written in transactions of their own,
 * a thousand at a time, so that the list of a refused file survives its rollback and memory holds one batch.
 */
@Repository
class ProblemLog {

    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    /** One round trip per thousand problems rather than one per problem. */
    private final JdbcTemplate batches;
    private final TransactionTemplate separately;
    private final JsonMapper json;

    ProblemLog(JdbcClient jdbc, JdbcTemplate batches, PlatformTransactionManager transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A writer for one import: {@link Writer#add} buffers, {@link Writer#flush} writes what is left. */
    Writer writer(long versionId, java.util.function.UnaryOperator<RowProblem> english) {
        return new Writer(versionId, english);
    }

    final class Writer {
        private final long versionId;
        private final java.util.function.UnaryOperator<RowProblem> english;
        private final List<RowProblem> buffer = new ArrayList<>();
        private int seq;

        private Writer(long versionId, java.util.function.UnaryOperator<RowProblem> english) {
            this.versionId = versionId;
            this.english = english;
        }

        void add(RowProblem problem) {
            buffer.add(problem);
            if (buffer.size() >= BATCH) flush();
        }

        void flush() {
            if (buffer.isEmpty()) return;
            List<RowProblem> batch = List.copyOf(buffer);
            buffer.clear();
            List<Object[]> rows = new ArrayList<>(batch.size());
            for (RowProblem p : batch) {
                RowProblem e = english.apply(p);
                rows.add(new Object[] {versionId, seq++, e.line(), e.column(), e.problem() == null ? "" : e.problem(), e.code(),
                        json.writeValueAsString(e.args())});
            }
            separately.executeWithoutResult(status -> batches.batchUpdate("""
                    insert into catalog.import_problem (version_id, seq, line, col, problem, code, args)
                    values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""", rows));
        }
    }

    long count(long versionId) {
        return jdbc.sql("select count(*) from catalog.import_problem where version_id = :v").param("v", versionId).query(Long.class).single();
    }

    List<RowProblem> page(long versionId, int offset, int limit) {
        return jdbc.sql("""
                select line, col, problem, code, args from catalog.import_problem where version_id = :v
                order by line, seq offset :offset limit :limit""")
                .param("v", versionId).param("offset", offset).param("limit", limit)
                .query((rs, n) -> row(rs)).list();
    }

    /** Every problem in line order, one at a time (a file may have millions). */
    void each(long versionId, Consumer<RowProblem> each) {
        // A cursor (fetch size inside a transaction) rather than the whole result in memory.
        separately.executeWithoutResult(status -> jdbc.sql(
                        "select line, col, problem, code, args from catalog.import_problem where version_id = :v order by line, seq")
                .withFetchSize(BATCH).param("v", versionId).query(rs -> {
                    each.accept(row(rs));
                }));
    }

    private RowProblem row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RowProblem(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                List.of(json.readValue(rs.getString(5), String[].class)));
    }
}
