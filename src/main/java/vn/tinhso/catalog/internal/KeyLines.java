package vn.tinhso.catalog.internal;

import java.util.List;

/**
 * The line where each unique key was first seen, kept as a 64-bit hash of the key in primitive arrays: about 16
 * bytes a row, so the duplicate check of a file of millions of rows stays small.
 */
final class KeyLines {

    private long[] keys = new long[1 << 12];
    private int[] lines = new int[1 << 12];
    private int size;

    /** The line the key was first seen on, or -1 after recording {@code line} as its first. */
    int putIfAbsent(List<String> key, int line) {
        long hash = hash(key);
        int mask = keys.length - 1;
        for (int i = (int) hash & mask; ; i = (i + 1) & mask) {
            if (keys[i] == 0) {
                keys[i] = hash;
                lines[i] = line;
                if (++size * 4 > keys.length * 3) {
                    grow();
                }
                return -1;
            }
            if (keys[i] == hash) {
                return lines[i];
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = (int) oldKeys[j] & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                lines[i] = oldLines[j];
            }
        }
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
}
