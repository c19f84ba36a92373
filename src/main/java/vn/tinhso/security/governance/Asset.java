package vn.tinhso.security.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A host name or an address range that belongs to an information system. */
public record Asset(String kind, String value) {

    public static final String HOST = "host";
    public static final String CIDR = "cidr";
    private static final Pattern HOSTNAME = Pattern.compile(
            "^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$");

    /** One item of an assets cell: an address or range (has a digit-and-dot or colon shape), else a host name. */
    public static Optional<Asset> parse(String item) {
        String t = item.trim().toLowerCase(Locale.ROOT);
        if (looksLikeAddress(t)) {
            return Cidr.parse(t).map(c -> new Asset(CIDR, c.canonical()));
        }
        return HOSTNAME.matcher(t).matches() ? Optional.of(new Asset(HOST, t)) : Optional.empty();
    }

    static boolean looksLikeAddress(String t) {
        return t.contains("/") || t.contains(":") || t.matches("[0-9.]+");
    }

    /** The items of a cell separated by semicolons, commas or spaces; the bad ones go to {@code bad}. */
    public static List<Asset> parseAll(String cell, List<String> bad) {
        List<Asset> assets = new ArrayList<>();
        if (cell == null) return assets;
        for (String item : cell.split("[;,\\s]+")) {
            if (item.isBlank()) continue;
            Optional<Asset> a = parse(item);
            if (a.isPresent()) {
                if (!assets.contains(a.get())) assets.add(a.get());
            } else {
                bad.add(item.trim());
            }
        }
        return assets;
    }

    /** Whether an entity value (an address or a host name) is this asset or lies in its range. */
    public boolean covers(String entityValue) {
        if (entityValue == null) return false;
        if (HOST.equals(kind)) return value.equalsIgnoreCase(entityValue.trim());
        Optional<java.net.InetAddress> ip = Cidr.address(entityValue);
        return ip.isPresent() && Cidr.parse(value).map(c -> c.contains(ip.get())).orElse(false);
    }

    @Override
    public String toString() {
        return value;
    }
}
