package vn.tinhso.streams.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Messages of known programs, read into ECS fields: sshd, ClamAV and generic antivirus lines. */
final class Messages {

    private static final Pattern REPEATED = Pattern.compile("^message repeated (\\d{1,6}) times: \\[ ?(.*?)\\]?$");
    private static final Pattern SSH_LOGIN = Pattern.compile(
            "^(Failed|Accepted) (password|publickey|keyboard-interactive/pam|none|hostbased) for (invalid user )?(\\S*) from (\\S+) port (\\d+)");
    private static final Pattern SSH_INVALID = Pattern.compile("^Invalid user (\\S*) from (\\S+)(?: port (\\d+))?");
    private static final Pattern CLAMAV = Pattern.compile("^(?:\\S+: )?(/.*?|[A-Za-z]:\\\\.*?): (\\S+) FOUND$");
    private static final Pattern ANTIVIRUS = Pattern.compile(
            "(?i)\\b(?:virus|malware|threat)(?: detected| found)?[:=] ?\"?([^\"\\s,;]+)\"?.*?\\b(?:file|path)[:=] ?\"?([^\",;]+?)\"?(?=\\s+\\w+=|[,;]|$)");

    private Messages() {
    }

    /** Reads the message into fields; returns how many events the line stands for (N for "message repeated N times"). */
    static int read(String message, Map<String, Object> f) {
        f.put("message", message);
        int repeat = 1;
        Matcher m = REPEATED.matcher(message);
        if (m.matches()) {
            repeat = Integer.parseInt(m.group(1));
            message = m.group(2);
        }
        Object program = f.get("process.name");
        if ("sshd".equals(program) || (program != null && program.toString().startsWith("sshd"))) {
            sshd(message, f);
        }
        clamav(message, f);
        return repeat;
    }

    static void sshd(String message, Map<String, Object> f) {
        Matcher m = SSH_LOGIN.matcher(message);
        if (m.find()) {
            boolean ok = m.group(1).equals("Accepted");
            login(f, ok ? "success" : "failure", m.group(4), m.group(5), m.group(6));
            f.put("event.action", ok ? "ssh_login" : "ssh_login_failed");
            f.put("ssh.method", m.group(2));
            if (m.group(3) != null) {
                f.put("user.exists", false);
            }
            return;
        }
        m = SSH_INVALID.matcher(message);
        if (m.find()) {
            login(f, "failure", m.group(1), m.group(2), m.group(3));
            f.put("event.action", "ssh_invalid_user");
            f.put("user.exists", false);
        }
    }

    private static void login(Map<String, Object> f, String outcome, String user, String ip, String port) {
        f.put("event.category", "authentication");
        f.put("event.outcome", outcome);
        f.put("user.name", user);
        f.put("source.ip", ip);
        if (port != null) {
            f.put("source.port", Integer.parseInt(port));
        }
    }

    static void clamav(String message, Map<String, Object> f) {
        Matcher m = CLAMAV.matcher(message);
        if (m.find()) {
            malware(f, m.group(2), m.group(1));
            return;
        }
        m = ANTIVIRUS.matcher(message);
        if (m.find()) {
            malware(f, m.group(1), m.group(2).trim());
        }
    }

    private static void malware(Map<String, Object> f, String threat, String path) {
        f.put("event.category", "malware");
        f.put("event.kind", "alert");
        f.put("threat.indicator.name", threat);
        f.put("rule.name", threat);
        f.put("file.path", path);
    }
}
