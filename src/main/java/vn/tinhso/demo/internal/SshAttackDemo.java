package vn.tinhso.demo.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.springframework.stereotype.Component;

import vn.tinhso.demo.DemoContext;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.streams.Intake;
import vn.tinhso.streams.LogFormat;
import vn.tinhso.streams.ParseOptions;

/**
 * The demo's security day: raw auth.log lines of the province's bastion host (staff logging in, typos) with an SSH
 * brute force and a password spray from outside, sent through the same intake as live syslog; the detector then
 * raises the alerts the SOC console shows.
 */
@Component
class SshAttackDemo implements DemoDataContributor {

    private static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Intake intake;

    SshAttackDemo(Intake intake) {
        this.intake = intake;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String name() {
        return "ssh events";
    }

    @Override
    public void contribute(DemoContext context) {
        Random random = context.random("ssh-events");
        Instant day = context.asOf().atStartOfDay(ZoneOffset.UTC).toInstant();
        List<String> lines = new ArrayList<>();
        String[] staff = {"linh", "minh", "hoa", "tuan", "lan"};
        int pid = 2000;
        for (int i = 0; i < 300; i++) {
            Instant at = day.plusSeconds(random.nextInt(86_400));
            String user = staff[random.nextInt(staff.length)];
            String ip = "10.24." + random.nextInt(10) + "." + (1 + random.nextInt(200));
            if (random.nextInt(10) == 0) {
                lines.add(line(at, pid++, "Failed password for " + user + " from " + ip + " port " + (40000 + random.nextInt(20000)) + " ssh2"));
            }
            lines.add(line(at.plusSeconds(5), pid++, "Accepted password for " + user + " from " + ip + " port " + (40000 + random.nextInt(20000)) + " ssh2"));
        }
        Instant attack = day.plusSeconds(3 * 3600 + random.nextInt(3600));
        String attacker = "192.0.2." + (10 + random.nextInt(200));
        for (int i = 0; i < 60; i++) {
            lines.add(line(attack.plusSeconds(3L * i), pid++, "Failed password for invalid user admin from " + attacker + " port " + (50000 + i) + " ssh2"));
        }
        Instant spray = day.plusSeconds(14 * 3600 + random.nextInt(3600));
        String sprayer = "198.18.0." + (10 + random.nextInt(200));
        for (int i = 0; i < 8; i++) {
            lines.add(line(spray.plusSeconds(20L * i), pid++, "Failed password for " + staff[i % staff.length] + i + " from " + sprayer + " port " + (30000 + i) + " ssh2"));
        }
        lines.sort(null);
        intake.accept("demo:bastion", LogFormat.AUTH, new ParseOptions(context.asOf().getYear(), ZoneOffset.UTC, java.time.Clock.systemUTC()), lines);
    }

    private static String line(Instant at, int pid, String message) {
        return SYSLOG.format(at) + " bastion sshd[" + pid + "]: " + message;
    }
}
