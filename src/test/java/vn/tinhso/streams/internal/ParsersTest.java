package vn.tinhso.streams.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.tinhso.streams.LogFormat;
import vn.tinhso.streams.ParseOptions;
import vn.tinhso.streams.ParsedEvent;

/** Fixtures are the examples of RFC 5424 §6.5, RFC 3164 §5.4, the CEF and LEEF 2.0 guides, and real program output. */
class ParsersTest {

    static final ParseOptions HANOI_2026 = new ParseOptions(null, ZoneId.of("Asia/Ho_Chi_Minh"),
            Clock.fixed(Instant.parse("2026-11-28T03:00:00Z"), ZoneOffset.UTC));

    static ParsedEvent auto(String line) {
        return Parsers.parse(line, LogFormat.AUTO, HANOI_2026);
    }

    @Test
    void rfc5424HeaderAndStructuredDataWithEscapesBecomeFields() {
        ParsedEvent e = auto("<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 "
                + "[exampleSDID@32473 iut=\"3\" eventSource=\"Appli\\\"cation\" eventID=\"1011\"][examplePriority@32473 class=\"high\"] "
                + "\uFEFFAn application event log entry");
        assertThat(e.format()).isEqualTo("RFC5424");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2003-10-11T22:14:15.003Z"));
        assertThat(e.fields()).containsEntry("log.syslog.facility.code", 20).containsEntry("log.syslog.severity.code", 5)
                .containsEntry("host.name", "mymachine.example.com").containsEntry("process.name", "evntslog")
                .containsEntry("event.code", "ID47").containsEntry("sd.exampleSDID@32473.eventSource", "Appli\"cation")
                .containsEntry("sd.examplePriority@32473.class", "high")
                .containsEntry("message", "An application event log entry");
    }

    @Test
    void rfc3164TakesTheYearFromTheClockAndTheZoneFromTheSource() {
        ParsedEvent e = auto("<34>Oct 11 22:14:15 mymachine su: 'su root' failed for lonvick on /dev/pts/8");
        assertThat(e.format()).isEqualTo("RFC3164");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2026-10-11T15:14:15Z"));
        assertThat(e.fields()).containsEntry("host.name", "mymachine").containsEntry("process.name", "su")
                .containsEntry("log.syslog.facility.code", 4).containsEntry("log.syslog.severity.code", 2);
    }

    @Test
    void aDecemberLineReadInJanuaryFallsInThePreviousYearUnlessTheYearIsGiven() {
        ParseOptions january = new ParseOptions(null, ZoneOffset.UTC, Clock.fixed(Instant.parse("2027-01-02T00:00:00Z"), ZoneOffset.UTC));
        assertThat(Parsers.parse("Dec 31 23:59:59 h cron[1]: x", LogFormat.AUTO, january).timestamp())
                .isEqualTo(Instant.parse("2026-12-31T23:59:59Z"));
        ParseOptions given = new ParseOptions(2020, ZoneOffset.ofHours(7), january.clock());
        assertThat(Parsers.parse("Dec 31 23:59:59 h cron[1]: x", LogFormat.AUTH, given).timestamp())
                .isEqualTo(Instant.parse("2020-12-31T16:59:59Z"));
    }

    @Test
    void sshdFailuresSuccessesAndInvalidUsersCarryUserAndSourceAddress() {
        ParsedEvent failed = auto("Nov 28 09:00:01 bastion sshd[2314]: Failed password for invalid user admin from 203.0.113.9 port 52144 ssh2");
        assertThat(failed.format()).isEqualTo("AUTH");
        assertThat(failed.fields()).containsEntry("event.outcome", "failure").containsEntry("user.name", "admin")
                .containsEntry("source.ip", "203.0.113.9").containsEntry("source.port", 52144)
                .containsEntry("process.pid", 2314L).containsEntry("event.category", "authentication");
        assertThat(auto("Nov 28 09:00:05 bastion sshd[2320]: Accepted publickey for linh from 198.51.100.7 port 40022 ssh2: ED25519 SHA256:abc").fields())
                .containsEntry("event.outcome", "success").containsEntry("user.name", "linh").containsEntry("ssh.method", "publickey");
        assertThat(auto("Nov 28 09:00:06 bastion sshd[2321]: Invalid user oracle from 203.0.113.9 port 40100").fields())
                .containsEntry("event.action", "ssh_invalid_user").containsEntry("user.name", "oracle");
    }

    @Test
    void messageRepeatedNTimesStandsForNEvents() {
        ParsedEvent e = auto("Nov 28 09:00:02 bastion sshd[2314]: message repeated 5 times: [ Failed password for root from 203.0.113.9 port 52144 ssh2]");
        assertThat(e.repeat()).isEqualTo(5);
        assertThat(e.fields()).containsEntry("user.name", "root").containsEntry("event.outcome", "failure");
    }

    @Test
    void cefHeaderEscapesAndExtensionValuesWithSpacesAreRead() {
        ParsedEvent e = auto("CEF:0|Security|threat\\|manager|1.0|100|worm successfully stopped|10|src=10.0.0.1 dst=2.1.2.2 spt=1232 msg=Detected a threat. No action needed a\\=b");
        assertThat(e.fields()).containsEntry("observer.product", "threat|manager").containsEntry("rule.name", "worm successfully stopped")
                .containsEntry("event.severity", "10").containsEntry("source.ip", "10.0.0.1").containsEntry("destination.ip", "2.1.2.2")
                .containsEntry("source.port", 1232).containsEntry("message", "Detected a threat. No action needed a=b");
    }

    @Test
    void cefInsideASyslogLineKeepsBothHeaders() {
        ParsedEvent e = auto("<13>Nov 28 10:00:00 fw01 CEF:0|Vendor|FW|2|deny|Denied|5|src=192.0.2.1 dpt=22");
        assertThat(e.fields()).containsEntry("host.name", "fw01").containsEntry("source.ip", "192.0.2.1").containsEntry("destination.port", 22);
    }

    @Test
    void leef2UsesTheDelimiterItDeclaresInCharacterOrHexForm() {
        assertThat(auto("LEEF:2.0|Lancope|StealthWatch|1.0|41|^|src=10.0.1.8^dst=10.0.0.5^sev=5^srcPort=81^dstPort=21").fields())
                .containsEntry("observer.vendor", "Lancope").containsEntry("event.code", "41").containsEntry("source.ip", "10.0.1.8")
                .containsEntry("destination.port", 21).containsEntry("leef.sev", "5");
        assertThat(auto("LEEF:2.0|V|P|1|login|x09|usrName=an\tsrc=10.1.1.1").fields())
                .containsEntry("user.name", "an").containsEntry("source.ip", "10.1.1.1");
        assertThat(auto("LEEF:1.0|V|P|1|login|usrName=bo\tsrc=10.1.1.2").fields()).containsEntry("user.name", "bo");
    }

    @Test
    void jsonIsFlattenedAndWindowsEventDataIsAlsoNamedBare() {
        ParsedEvent e = auto("{\"@timestamp\":\"2026-11-28T01:02:03Z\",\"winlog\":{\"event_id\":4625,\"event_data\":{\"TargetUserName\":\"admin\",\"IpAddress\":\"10.0.0.9\"}},\"tags\":[\"a\",\"b\"]}");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2026-11-28T01:02:03Z"));
        assertThat(e.fields()).containsEntry("winlog.event_id", 4625L).containsEntry("EventID", 4625L)
                .containsEntry("TargetUserName", "admin").containsEntry("winlog.event_data.IpAddress", "10.0.0.9")
                .containsEntry("tags", java.util.List.of("a", "b"));
    }

    @Test
    void combinedAccessLogLinesBecomeHttpFields() {
        ParsedEvent e = auto("203.0.113.50 - - [28/Nov/2026:09:15:02 +0700] \"GET /search?q=%27%20OR%201%3D1 HTTP/1.1\" 200 5123 \"-\" \"sqlmap/1.8\"");
        assertThat(e.format()).isEqualTo("COMBINED");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2026-11-28T02:15:02Z"));
        assertThat(e.fields()).containsEntry("source.ip", "203.0.113.50").containsEntry("http.request.method", "GET")
                .containsEntry("url.original", "/search?q=%27%20OR%201%3D1").containsEntry("http.response.status_code", 200)
                .containsEntry("http.response.body.bytes", 5123L).containsEntry("user_agent.original", "sqlmap/1.8")
                .containsEntry("url.path", "/search").containsEntry("url.query", "q=%27%20OR%201%3D1");
    }

    @Test
    void aUrlOfAnyFormatIsSplitIntoItsPathAndQueryUnlessTheSourceGaveThem() {
        assertThat(auto("{\"url.original\": \"https://portal.bacgiang.gov.vn/dich-vu?id=7#top\"}").fields())
                .containsEntry("url.path", "/dich-vu").containsEntry("url.query", "id=7");
        assertThat(auto("{\"url\": {\"original\": \"/a?b\", \"path\": \"/given\"}}").fields())
                .containsEntry("url.path", "/given").doesNotContainKey("url.query");
        assertThat(auto("{\"url.original\": \"http://portal.gov.vn\"}").fields()).containsEntry("url.path", "/");
    }

    @Test
    void apacheErrorAuditdAndAntivirusLinesAreRecognised() {
        assertThat(auto("[Sat Nov 28 09:20:01.123456 2026] [core:error] [pid 35708:tid 4328636416] [client 72.15.99.187:5123] AH00126: Invalid URI in request").fields())
                .containsEntry("log.level", "error").containsEntry("source.ip", "72.15.99.187").containsEntry("process.pid", 35708L);
        ParsedEvent audit = auto("type=USER_LOGIN msg=audit(1764291601.250:812): pid=4410 uid=0 auid=4294967295 ses=4294967295 msg='op=login acct=\"root\" exe=\"/usr/sbin/sshd\" hostname=? addr=203.0.113.9 terminal=sshd res=failed'");
        assertThat(audit.timestamp()).isEqualTo(Instant.parse("2025-11-28T01:00:01.250Z"));
        assertThat(audit.fields()).containsEntry("type", "USER_LOGIN").containsEntry("user.name", "root")
                .containsEntry("source.ip", "203.0.113.9").containsEntry("event.outcome", "failure").containsEntry("exe", "/usr/sbin/sshd");
        assertThat(auto("/home/an/Downloads/invoice.exe: Win.Trojan.Agent-123 FOUND").fields())
                .containsEntry("threat.indicator.name", "Win.Trojan.Agent-123").containsEntry("file.path", "/home/an/Downloads/invoice.exe");
        assertThat(auto("<12>Nov 28 10:01:00 pc-17 av-agent: Threat detected: Trojan.GenericKD.1234 file=C:\\Users\\an\\a.exe action=quarantine").fields())
                .containsEntry("threat.indicator.name", "Trojan.GenericKD.1234").containsEntry("file.path", "C:\\Users\\an\\a.exe");
    }

    @Test
    void unknownOrBrokenLinesGiveTheReason() {
        assertThatThrownBy(() -> auto("hello world")).hasMessage("no parser recognises the line");
        assertThatThrownBy(() -> auto("<999>1 - - - - - -")).hasMessage("PRI 999 above 191");
        assertThatThrownBy(() -> auto("<13>1 2026-13-01T00:00:00Z h a - - - x")).hasMessageStartingWith("bad RFC 3339 time stamp");
        assertThatThrownBy(() -> auto("{\"a\":")).hasMessageStartingWith("bad JSON");
        assertThatThrownBy(() -> auto("{".repeat(100) + "}".repeat(100))).hasMessageStartingWith("bad JSON");
        assertThatThrownBy(() -> auto("x".repeat(Parsers.MAX_LINE_CHARS + 1))).hasMessageContaining("longer than");
    }

    @Test
    void randomBytesAndInvalidUtf8EitherParseOrFailWithAReasonNeverWithAnotherError() {
        Random random = new Random(20261128);
        String[] seeds = {"<34>Oct 11 22:14:15 h su: x", "<165>1 2003-10-11T22:14:15.003Z h a - ID [s a=\"b\"] m",
                "CEF:0|a|b|c|d|e|f|k=v", "LEEF:2.0|a|b|c|d|^|k=v", "{\"a\":{\"b\":1}}", "1.2.3.4 - - [28/Nov/2026:09:15:02 +0700] \"GET / HTTP/1.1\" 200 1"};
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = seeds[i % seeds.length].getBytes(StandardCharsets.UTF_8);
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            String line = new String(bytes, StandardCharsets.UTF_8);
            try {
                ParsedEvent e = Parsers.parse(line, LogFormat.AUTO, HANOI_2026);
                assertThat(e.original()).doesNotContain("\0");
            } catch (RuntimeException e) {
                assertThat(Parsers.isMalformed(e)).as("line %s failed with %s", line, e).isTrue();
            }
        }
    }
}
