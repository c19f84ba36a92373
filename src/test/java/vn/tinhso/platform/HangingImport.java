package vn.tinhso.platform;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.TinhsoApplication;
import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.Imports;

/**
 * Run in a JVM of its own by {@link KillNineDuringAnImportTest}: starts TinhSo on the data directory
 * given as the first argument, starts an import whose second row never finishes writing, prints
 * {@code IMPORT RUNNING <id>} and waits to be killed.
 */
public final class HangingImport {

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TinhsoApplication.class)
                .web(WebApplicationType.NONE)
                .run("--tinhso.db.data-dir=" + args[0], "--tinhso.demo.enabled=false", "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN", "--logging.file.name=target/test-logs/hanging-import.json");
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("""
                create or replace function territory.hang() returns trigger language plpgsql as $$
                begin if new.code = 'HANG-2' then perform pg_sleep(3600); end if; return new; end $$""").update();
        jdbc.sql("create trigger hang before insert on territory.unit for each row execute function territory.hang()").update();
        String file = "code,name,commune_code,households,population,as_of\n"
                + "HANG-1,Thôn A,07201,10,30,2024-09-30\nHANG-2,Thôn B,07201,10,30,2024-09-30\n";
        ImportJob job = context.getBean(Imports.class).submit(new ImportRequest("hang.csv", file.getBytes(StandardCharsets.UTF_8),
                "territory.villages", "Villages killed mid-import", "test", "steward", false));
        while (jdbc.sql("select count(*) from pg_stat_activity where wait_event = 'PgSleep'").query(Long.class).single() == 0) {
            Thread.sleep(100);
        }
        System.out.println("IMPORT RUNNING " + job.id());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
