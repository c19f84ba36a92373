package vn.tinhso.security.drills;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.tinhso.security.drills.Scenario.Inject;
import vn.tinhso.streams.LogFormat;

/**
 * The scenario library: DDoS against the public-service portal, SSH intrusion (brute force, login, root shell), web
 * exploitation of the portal (SQL injection, path traversal, web shell) and malware spreading across agency hosts.
 * Addresses come from 100.64.0.0/10 (shared address space, never a real attacker) and vary with the run, so two runs
 * never share an alert.
 */
public final class ScenarioLibrary {

    static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    static final DateTimeFormatter ACCESS = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    // Rule ids of the platform's pack (resources/security/sigma/pack).
    static final String HTTP_FLOOD = "e1eb6ca8-7b20-4507-8001-61f85908e01d";
    static final String SSH_BRUTE_FORCE = "6f0d6c3e-2b1a-4c55-9a53-7c0a4b1e5a10";
    static final String SSH_SUCCESS_AFTER_FAILURES = "6f0d6c3e-2b1a-4c55-9a53-7c0a4b1e5a12";
    static final String ROOT_SHELL = "0d7f3a52-8a1e-4d4b-9c55-3f3e2c7d9b61";
    static final String SQL_INJECTION = "c82bea86-3dbb-49d1-8cb1-0468c13b7d3c";
    static final String PATH_TRAVERSAL = "bd4e4d85-6b30-46bf-bd0f-7948a2e2de0c";
    static final String WEB_SHELL = "d0c00365-f247-48cb-9e4a-5c70b0b13942";
    static final String MALWARE = "eb1db227-5bdc-4041-9fa7-18e83f222855";

    public static final List<Scenario> ALL = List.of(ddos(), sshIntrusion(), webExploitation(), malwareSpread());

    private ScenarioLibrary() {
    }

    public static Optional<Scenario> byCode(String code) {
        return ALL.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The attacker of a run: one address per run in 100.64.0.0/10. */
    static String attacker(long run) {
        return "100." + (64 + (int) (run / 250 % 60)) + "." + (int) (run % 250) + ".66";
    }

    static String auth(Instant at, String host, String program, int pid, String message) {
        return SYSLOG.format(at) + " " + host + " " + program + "[" + pid + "]: " + message;
    }

    static String access(Instant at, String ip, String method, String url, int status) {
        return ip + " - - [" + ACCESS.format(at) + "] \"" + method + " " + url + " HTTP/1.1\" " + status + " 5120 \"-\" \"Mozilla/5.0\"";
    }

    static Scenario ddos() {
        return new Scenario("ddos-portal", List.of(
                new Inject("http-flood", "T1499.002", 0, LogFormat.COMBINED, HTTP_FLOOD, run -> "/dich-vu-cong/tra-cuu-ho-so",
                        (at, run) -> {
                            List<String> lines = new ArrayList<>();
                            for (int i = 0; i < 400; i++) {
                                String ip = "100." + (64 + (int) (run % 60)) + "." + (i % 120) + "." + (10 + i % 7);
                                // A new query string on every request, as flooders do to get past caches: the path is what is flooded.
                                lines.add(access(at.plusMillis(100L * i), ip, "GET", "/dich-vu-cong/tra-cuu-ho-so?ma=H" + run + "-" + i,
                                        i % 10 == 0 ? 503 : 200));
                            }
                            return lines;
                        })));
    }

    static Scenario sshIntrusion() {
        return new Scenario("ssh-intrusion", List.of(
                new Inject("brute-force", "T1110.001", 0, LogFormat.AUTH, SSH_BRUTE_FORCE, ScenarioLibrary::attacker, (at, run) -> {
                    List<String> lines = new ArrayList<>();
                    for (int i = 0; i < 15; i++) {
                        lines.add(auth(at.plusSeconds(10L * i), "portal-app1", "sshd", 7000 + i,
                                "Failed password for admin from " + attacker(run) + " port " + (51000 + i) + " ssh2"));
                    }
                    return lines;
                }),
                new Inject("valid-login", "T1078", 170, LogFormat.AUTH, SSH_SUCCESS_AFTER_FAILURES, ScenarioLibrary::attacker,
                        (at, run) -> List.of(auth(at, "portal-app1", "sshd", 7100,
                                "Accepted password for admin from " + attacker(run) + " port 51100 ssh2"))),
                new Inject("root-shell", "T1548.003", 200, LogFormat.AUTH, ROOT_SHELL, run -> "portal-app1",
                        (at, run) -> List.of(auth(at, "portal-app1", "sudo", 7101,
                                "admin : TTY=pts/0 ; PWD=/home/admin ; USER=root ; COMMAND=/bin/bash")))));
    }

    static Scenario webExploitation() {
        return new Scenario("web-exploitation", List.of(
                new Inject("sql-injection", "T1190", 0, LogFormat.COMBINED, SQL_INJECTION, ScenarioLibrary::attacker, (at, run) -> List.of(
                        access(at, attacker(run), "GET", "/tin-tuc?id=12%20union%20select%20username,password%20from%20users", 200),
                        access(at.plusSeconds(2), attacker(run), "GET", "/tin-tuc?id=12%27%20or%20%271%27%3d%271", 200))),
                new Inject("path-traversal", "T1190", 60, LogFormat.COMBINED, PATH_TRAVERSAL, ScenarioLibrary::attacker, (at, run) -> List.of(
                        access(at, attacker(run), "GET", "/tai-lieu/tai-ve?file=../../../../etc/passwd", 200))),
                new Inject("web-shell", "T1505.003", 120, LogFormat.COMBINED, WEB_SHELL, ScenarioLibrary::attacker, (at, run) -> List.of(
                        access(at, attacker(run), "POST", "/gop-y/dinh-kem", 200),
                        access(at.plusSeconds(5), attacker(run), "GET", "/uploads/anh-minh-hoa.php?cmd=id", 200)))));
    }

    static Scenario malwareSpread() {
        return new Scenario("malware-spread", List.of(
                new Inject("mail-attachment", "T1566.001", 0, LogFormat.AUTH, MALWARE, run -> "pc-ketoan-" + run, (at, run) -> List.of(
                        auth(at, "pc-ketoan-" + run, "clamd", 812, "/home/ketoan/Downloads/Hoa_don_thang_10.pdf.exe: Win.Trojan.Agent-1 FOUND"))),
                new Inject("usb", "T1091", 300, LogFormat.AUTH, MALWARE, run -> "pc-vanthu-" + run, (at, run) -> List.of(
                        auth(at, "pc-vanthu-" + run, "clamd", 813, "/media/usb0/Tai_lieu_hop.lnk: Win.Worm.Autorun-9 FOUND"))),
                new Inject("lateral", "T1080", 420, LogFormat.AUTH, MALWARE, run -> "pc-tonghop-" + run, (at, run) -> List.of(
                        auth(at, "pc-tonghop-" + run, "clamd", 814, "/srv/share/Bao_cao_quy.docm: Doc.Dropper.Agent-7 FOUND")))));
    }
}
