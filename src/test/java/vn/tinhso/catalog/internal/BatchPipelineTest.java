package vn.tinhso.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.tinhso.catalog.ImportRow;

class BatchPipelineTest {

    private static List<ImportRow> rows(int from, int count) {
        List<ImportRow> rows = new ArrayList<>();
        for (int i = from; i < from + count; i++) rows.add(new ImportRow(i, Map.of("n", String.valueOf(i))));
        return rows;
    }

    @Test
    void everyHandedBatchIsWrittenInOrderOnTheCallersThreadAndTheLastPartialOneIsReturned() {
        List<Integer> written = new ArrayList<>();
        List<String> writers = new ArrayList<>();
        List<ImportRow> rest = BatchPipeline.readWhileWriting("test-reader", full -> {
            for (int b = 0; b < 5; b++) full.accept(rows(b * 10 + 1, 10));
            return rows(51, 3);
        }, batch -> {
            batch.forEach(r -> written.add(r.line()));
            writers.add(Thread.currentThread().getName());
        });
        assertThat(written).hasSize(50).isSorted().startsWith(1).endsWith(50);
        assertThat(writers).hasSize(5).allMatch(name -> name.equals(Thread.currentThread().getName()));
        assertThat(rest).extracting(ImportRow::line).containsExactly(51, 52, 53);
    }

    @Test
    void aWriteThatFailsStopsTheReaderAndIsRethrownAsItWas() {
        AtomicInteger handed = new AtomicInteger();
        assertThatThrownBy(() -> BatchPipeline.readWhileWriting("test-reader", full -> {
            for (int b = 0; b < 1_000; b++) {
                full.accept(rows(b, 1));
                handed.incrementAndGet();
            }
            return List.of();
        }, batch -> {
            if (batch.get(0).line() == 2) throw new IllegalArgumentException("lines 2 and 9 clash");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("lines 2 and 9 clash");
        // The reader stops soon after: at most the batch waiting and the one it was handing over.
        assertThat(handed.get()).isLessThan(10);
    }

    @Test
    void aReadThatFailsIsRethrownAfterTheBatchesItHandedOverWereWritten() {
        List<Integer> written = new ArrayList<>();
        assertThatThrownBy(() -> BatchPipeline.readWhileWriting("test-reader", full -> {
            full.accept(rows(1, 2));
            throw new IllegalStateException("line 3: not UTF-8");
        }, batch -> batch.forEach(r -> written.add(r.line()))))
                .isInstanceOf(IllegalStateException.class).hasMessage("line 3: not UTF-8");
        assertThat(written).containsExactly(1, 2);
    }
}
