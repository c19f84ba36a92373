package vn.tinhso.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeyLinesTest {

    private static List<String> key(int i) {
        return List.of("E" + (i % 97), String.format("%05d", i), "2024-" + (i % 12 + 1));
    }

    @Test
    void aTableThatOutgrowsItsHeapShareMovesToAMappedFileAndStillKnowsEveryFirstLine() {
        KeyLines lines = new KeyLines(1 << 6);
        for (int i = 0; i < 200_000; i++) {
            assertThat(lines.putIfAbsent(key(i), i + 2)).isEqualTo(-1);
        }
        assertThat(lines.offHeap()).isTrue();
        assertThat(lines.size()).isEqualTo(200_000);
        for (int i = 0; i < 200_000; i += 997) {
            assertThat(lines.putIfAbsent(key(i), 1_000_000 + i)).isEqualTo(i + 2);
        }
        assertThat(lines.size()).isEqualTo(200_000);
    }

    @Test
    void aSmallFileStaysOnTheHeap() {
        KeyLines lines = new KeyLines();
        for (int i = 0; i < 10_000; i++) lines.putIfAbsent(key(i), i + 2);
        assertThat(lines.offHeap()).isFalse();
        assertThat(lines.putIfAbsent(key(42), 99_999)).isEqualTo(44);
    }
}
