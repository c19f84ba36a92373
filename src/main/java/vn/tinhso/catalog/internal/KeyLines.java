package vn.tinhso.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The line where each unique key was first seen, kept as a 64-bit hash of the key in an open-addressing table of
 * 12 bytes a slot. Up to {@link #HEAP_SLOTS} slots (about 3 million keys) the table lives on the heap; past that it
 * moves into a memory-mapped temporary file, so the heap stays bounded whatever the file's size and the operating
 * system keeps in memory what it can.
 */
final class KeyLines {

    static final int HEAP_SLOTS = 1 << 22;

    private Slots slots;
    private int size;

    KeyLines() {
        this(HEAP_SLOTS);
    }

    /** A table that leaves the heap once it needs more than {@code heapSlots} slots (a power of two). */
    KeyLines(int heapSlots) {
        this.heapSlots = heapSlots;
        this.slots = Slots.create(Math.min(1 << 12, heapSlots), heapSlots);
    }

    private final int heapSlots;

    /** The line the key was first seen on, or -1 after recording {@code line} as its first. */
    int putIfAbsent(List<String> key, int line) {
        long hash = hash(key);
        long mask = slots.capacity() - 1;
        for (long i = hash & mask; ; i = (i + 1) & mask) {
            long k = slots.key(i);
            if (k == 0) {
                slots.put(i, hash, line);
                if (++size * 4L > slots.capacity() * 3L) {
                    grow();
                }
                return -1;
            }
            if (k == hash) {
                return slots.line(i);
            }
        }
    }

    private void grow() {
        Slots old = slots;
        Slots bigger = Slots.create(old.capacity() * 2, heapSlots);
        long mask = bigger.capacity() - 1;
        for (long j = 0; j < old.capacity(); j++) {
            long k = old.key(j);
            if (k != 0) {
                long i = k & mask;
                while (bigger.key(i) != 0) {
                    i = (i + 1) & mask;
                }
                bigger.put(i, k, old.line(j));
            }
        }
        slots = bigger;
    }

    /** FNV-1a over the key's characters with a separator between parts, then a final mix; never 0 (the empty slot). */
    static long hash(List<String> key) {
        long h = 0xcbf29ce484222325L;
        for (String part : key) {
            String text = part == null ? "" : part;
            for (int i = 0; i < text.length(); i++) {
                h = (h ^ text.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ 0x1F) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    int size() {
        return size;
    }

    /** Whether the table has left the heap for a mapped file. */
    boolean offHeap() {
        return slots instanceof MappedSlots;
    }

    private interface Slots {
        long capacity();

        long key(long slot);

        int line(long slot);

        void put(long slot, long key, int line);

        static Slots create(long capacity, int heapSlots) {
            return capacity <= heapSlots ? new HeapSlots((int) capacity) : new MappedSlots(capacity);
        }
    }

    private record HeapSlots(long[] keys, int[] lines) implements Slots {
        HeapSlots(int capacity) {
            this(new long[capacity], new int[capacity]);
        }

        public long capacity() {
            return keys.length;
        }

        public long key(long slot) {
            return keys[(int) slot];
        }

        public int line(long slot) {
            return lines[(int) slot];
        }

        public void put(long slot, long key, int line) {
            keys[(int) slot] = key;
            lines[(int) slot] = line;
        }
    }

    /**
     * Slots in a temporary file mapped into memory in segments of 2^26 slots (a mapping holds at most 2 GB), key and
     * line side by side. The file is deleted as soon as it is mapped: its space returns when the mapping is collected.
     */
    private static final class MappedSlots implements Slots {
        private static final int SEGMENT_BITS = 26;
        private static final long SEGMENT_SLOTS = 1L << SEGMENT_BITS;
        private final long capacity;
        private final LongBuffer[] segments;

        MappedSlots(long capacity) {
            this.capacity = capacity;
            int count = (int) Math.max(1, capacity / SEGMENT_SLOTS);
            long slotsPerSegment = Math.min(capacity, SEGMENT_SLOTS);
            segments = new LongBuffer[count];
            try {
                Path file = Files.createTempFile("tinhso-keys-", ".bin");
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    for (int s = 0; s < count; s++) {
                        segments[s] = channel.map(FileChannel.MapMode.READ_WRITE, s * slotsPerSegment * 16, slotsPerSegment * 16)
                                .order(ByteOrder.nativeOrder()).asLongBuffer();
                    }
                } finally {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("no room for the duplicate check of a large file: " + e.getMessage(), e);
            }
        }

        public long capacity() {
            return capacity;
        }

        public long key(long slot) {
            return segments[(int) (slot >>> SEGMENT_BITS)].get((int) (slot & (SEGMENT_SLOTS - 1)) * 2);
        }

        public int line(long slot) {
            return (int) segments[(int) (slot >>> SEGMENT_BITS)].get((int) (slot & (SEGMENT_SLOTS - 1)) * 2 + 1);
        }

        public void put(long slot, long key, int line) {
            LongBuffer segment = segments[(int) (slot >>> SEGMENT_BITS)];
            int at = (int) (slot & (SEGMENT_SLOTS - 1)) * 2;
            segment.put(at, key);
            segment.put(at + 1, line);
        }
    }
}
