package vn.tinhso.cameras.internal;

/** A violation's evidence JSON indented for reading on its page. */
public final class EvidenceText {

    private EvidenceText() {
    }

    public static String pretty(String json) {
        return JsonFields.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(JsonFields.MAPPER.readTree(json));
    }
}
