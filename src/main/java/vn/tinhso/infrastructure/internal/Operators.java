package vn.tinhso.infrastructure.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Vietnam's mobile operators by MNC under MCC 452. */
public final class Operators {

    public static final int VIETNAM_MCC = 452;

    public static final Map<String, String> BY_MNC = byMnc();

    private Operators() {
    }

    private static Map<String, String> byMnc() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("01", "MobiFone");
        m.put("02", "VinaPhone");
        m.put("04", "Viettel");
        m.put("05", "Vietnamobile");
        m.put("07", "Gmobile");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** "4", "04" and "004" are the same MNC. */
    public static Optional<String> mnc(String text) {
        if (text == null || !text.strip().matches("\\d{1,3}")) return Optional.empty();
        String two = "%02d".formatted(Integer.parseInt(text.strip()));
        return BY_MNC.containsKey(two) ? Optional.of(two) : Optional.empty();
    }

    /** An operator by its MNC ("4", "04") or its name ("Viettel", any case). */
    public static Optional<String> find(String text) {
        if (text == null) return Optional.empty();
        return mnc(text).or(() -> BY_MNC.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(text.strip()))
                .map(Map.Entry::getKey).findFirst());
    }

    public static String name(String mnc) {
        return BY_MNC.getOrDefault(mnc, mnc);
    }
}
