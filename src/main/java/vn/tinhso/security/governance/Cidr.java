package vn.tinhso.security.governance;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An address range written as {@code a.b.c.d/n} or an IPv6 prefix; a bare address is its own range. Parsed without any
 * name lookup: only literals are accepted.
 */
public record Cidr(InetAddress network, int prefix) {

    private static final Pattern IPV4 = Pattern.compile("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");

    public static Optional<Cidr> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim();
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        Optional<InetAddress> ip = address(address);
        if (ip.isEmpty()) return Optional.empty();
        int max = ip.get().getAddress().length * 8;
        int prefix = max;
        if (slash >= 0) {
            String p = t.substring(slash + 1);
            if (!p.matches("\\d{1,3}")) return Optional.empty();
            prefix = Integer.parseInt(p);
            if (prefix > max) return Optional.empty();
        }
        return Optional.of(new Cidr(ip.get(), prefix));
    }

    /** An IP literal (v4 dotted quad, or v6 with a colon); anything else, host names included, is empty. */
    public static Optional<InetAddress> address(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim();
        boolean v4 = IPV4.matcher(t).matches();
        boolean v6 = !v4 && t.indexOf(':') >= 0 && IPV6.matcher(t).matches();
        if (!v4 && !v6) return Optional.empty();
        try {
            return Optional.of(InetAddress.getByName(t));
        } catch (UnknownHostException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The range with its host bits cleared, as PostgreSQL's {@code cidr} type wants it. */
    public String canonical() {
        byte[] bytes = network.getAddress().clone();
        for (int bit = prefix; bit < bytes.length * 8; bit++) {
            bytes[bit / 8] &= (byte) ~(1 << (7 - bit % 8));
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean contains(InetAddress ip) {
        byte[] a = network.getAddress(), b = ip.getAddress();
        if (a.length != b.length) return false;
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 1 << (7 - bit % 8);
            if ((a[bit / 8] & mask) != (b[bit / 8] & mask)) return false;
        }
        return true;
    }
}
