package vn.tinhso.security.sigma;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Says in one pass over a text whether it contains any of many literal needles (a keyword or {@code contains} list).
 * The automaton is built once into a dense table over the needles' own characters, so a text costs one table read per
 * character whatever the number of needles.
 */
final class AhoCorasick {

    /** Column of each character that occurs in a needle; every other character is column 0. */
    private final Map<Character, Integer> columns = new HashMap<>();
    private final int[] ascii = new int[128];
    private final int width;
    private final int[] delta;
    private final boolean[] terminal;
    /** For each state, the needles (by their index) that end there, its suffixes' included. */
    private final int[][] outputs;

    AhoCorasick(List<String> needles) {
        for (String n : needles) {
            for (int i = 0; i < n.length(); i++) {
                columns.putIfAbsent(n.charAt(i), columns.size() + 1);
            }
        }
        columns.forEach((c, col) -> {
            if (c < 128) {
                ascii[c] = col;
            }
        });
        width = columns.size() + 1;
        List<int[]> trie = new ArrayList<>();
        List<Boolean> ends = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        trie.add(filled(-1));
        ends.add(false);
        own.add(new ArrayList<>());
        for (int k = 0; k < needles.size(); k++) {
            String n = needles.get(k);
            int at = 0;
            for (int i = 0; i < n.length(); i++) {
                int col = columns.get(n.charAt(i));
                if (trie.get(at)[col] < 0) {
                    trie.get(at)[col] = trie.size();
                    trie.add(filled(-1));
                    ends.add(false);
                    own.add(new ArrayList<>());
                }
                at = trie.get(at)[col];
            }
            ends.set(at, true);
            own.get(at).add(k);
        }
        int states = trie.size();
        delta = new int[states * width];
        terminal = new boolean[states];
        outputs = new int[states][];
        outputs[0] = own.get(0).stream().mapToInt(Integer::intValue).toArray();
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int col = 0; col < width; col++) {
            int child = trie.get(0)[col];
            delta[col] = child < 0 ? 0 : child;
            if (child > 0) {
                queue.add(child);
            }
        }
        terminal[0] = ends.get(0);
        while (!queue.isEmpty()) {
            int at = queue.poll();
            terminal[at] = ends.get(at) || terminal[fail[at]];
            outputs[at] = java.util.stream.IntStream.concat(own.get(at).stream().mapToInt(Integer::intValue),
                    java.util.Arrays.stream(outputs[fail[at]])).toArray();
            for (int col = 0; col < width; col++) {
                int child = trie.get(at)[col];
                if (child < 0) {
                    delta[at * width + col] = delta[fail[at] * width + col];
                } else {
                    fail[child] = delta[fail[at] * width + col];
                    delta[at * width + col] = child;
                    queue.add(child);
                }
            }
        }
    }

    private int[] filled(int v) {
        int[] a = new int[columns.size() + 1];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /** Marks in {@code found} the index of every needle the text contains. */
    void collect(String text, java.util.BitSet found) {
        for (int k : outputs[0]) {
            found.set(k);
        }
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            at = delta[at * width + (c < 128 ? ascii[c] : columns.getOrDefault(c, 0))];
            for (int k : outputs[at]) {
                found.set(k);
            }
        }
    }

    boolean foundIn(String text) {
        if (terminal[0]) {
            return true;
        }
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int col = c < 128 ? ascii[c] : columns.getOrDefault(c, 0);
            at = delta[at * width + col];
            if (terminal[at]) {
                return true;
            }
        }
        return false;
    }
}
