package vn.tinhso.cameras.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds listed plates equal to a read or one character off (a character misread, dropped or added), by looking up
 * every one-edit variant of the read: about 700 hash lookups, whatever the size of the lists.
 */
final class PlateMatcher {

    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZĐ".toCharArray();

    record Match(Watchlists.Entry entry, int distance) {
    }

    private PlateMatcher() {
    }

    /**
     * @param plates      every listed plate, matched exactly
     * @param nearMatched the plates of lists that also take near matches, looked up by every one-edit variant
     */
    static List<Match> find(Map<String, List<Watchlists.Entry>> plates, Map<String, List<Watchlists.Entry>> nearMatched, String read,
                            int maxDistance) {
        Map<Long, Match> found = new LinkedHashMap<>();
        add(found, plates.get(read), 0);
        if (maxDistance >= 1 && read.length() > 4 && !nearMatched.isEmpty()) {
            plates = nearMatched;
            char[] c = read.toCharArray();
            StringBuilder b = new StringBuilder(read.length() + 1);
            for (int i = 0; i < c.length; i++) {
                b.setLength(0);
                b.append(read, 0, i).append(read, i + 1, c.length);
                add(found, plates.get(b.toString()), 1);
                for (char a : ALPHABET) {
                    if (a == c[i]) continue;
                    b.setLength(0);
                    b.append(read, 0, i).append(a).append(read, i + 1, c.length);
                    add(found, plates.get(b.toString()), 1);
                }
            }
            for (int i = 0; i <= c.length; i++) {
                for (char a : ALPHABET) {
                    b.setLength(0);
                    b.append(read, 0, i).append(a).append(read, i, c.length);
                    add(found, plates.get(b.toString()), 1);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static void add(Map<Long, Match> found, List<Watchlists.Entry> entries, int distance) {
        if (entries == null) return;
        for (Watchlists.Entry e : entries) found.putIfAbsent(e.id(), new Match(e, distance));
    }

    static double cosine(List<Double> a, double[] b) {
        if (a.size() != b.length || b.length == 0) return 0;
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < b.length; i++) {
            dot += a.get(i) * b[i];
            na += a.get(i) * a.get(i);
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
