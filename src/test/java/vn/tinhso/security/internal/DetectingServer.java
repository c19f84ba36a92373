package vn.tinhso.security.internal;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.tinhso.TinhsoApplication;
import vn.tinhso.access.Accounts;
import vn.tinhso.access.ApiTokens;
import vn.tinhso.access.Role;

/**
 * TinhSo serving HTTP on a durable data directory with the detector polling often, for {@link DetectionSurvivesKillNineTest}
 * to load events into and kill: {@code DetectingServer DATA_DIR PORT}. Prints {@code READY <token>} once it takes events.
 */
public final class DetectingServer {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TinhsoApplication.class).run(
                "--tinhso.db.data-dir=" + args[0], "--server.port=" + args[1], "--tinhso.db.durable=true",
                "--tinhso.demo.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.file.name=target/test-logs/detecting-server.json", "--tinhso.security.detection.interval=200ms");
        context.getBean(Accounts.class).createIfAbsent("shipper", "Log shipper", "a-long-password-for-the-shipper",
                EnumSet.of(Role.SOC_ANALYST));
        String token = context.getBean(ApiTokens.class).issue("shipper", "shipper", Role.SOC_ANALYST, Set.of("streams:write"),
                Duration.ofDays(1)).secret();
        System.out.println("READY " + token);
        System.out.flush();
    }
}
