package vn.tinhso.cameras.internal;

/** A plate shown to someone without the right to see it: series and last two digits only ({@code 98A-***.45}). */
public final class PlateMask {

    private PlateMask() {
    }

    public static String mask(String display) {
        if (display == null || display.length() < 4) return "***";
        int dash = display.indexOf('-');
        String head = dash > 0 ? display.substring(0, dash + 1) : display.substring(0, 3);
        return head + "***" + display.substring(display.length() - 2);
    }
}
