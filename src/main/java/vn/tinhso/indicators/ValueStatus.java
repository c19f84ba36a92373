package vn.tinhso.indicators;

/** The vintage of a value: an estimate is revised by a preliminary figure, which an official one replaces. */
public enum ValueStatus {
    ESTIMATE, PRELIMINARY, OFFICIAL;

    private static final java.util.Map<String, ValueStatus> WORDS = java.util.Map.of(
            "estimated", ESTIMATE, "provisional", PRELIMINARY, "final", OFFICIAL);

    /** The status a word names: its own name or a common synonym (estimated, provisional, final), without case. */
    public static java.util.Optional<ValueStatus> of(String text) {
        if (text == null || text.isBlank()) return java.util.Optional.empty();
        String word = text.trim().toLowerCase(java.util.Locale.ROOT);
        for (ValueStatus s : values()) if (s.name().equalsIgnoreCase(word)) return java.util.Optional.of(s);
        return java.util.Optional.ofNullable(WORDS.get(word));
    }
}
