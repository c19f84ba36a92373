package vn.tinhso.demo.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.StartupStep;
import vn.tinhso.demo.DemoContext;
import vn.tinhso.demo.DemoDataContributor;

/**
 * On the first start with demo mode on (the default of the README's run command), builds the
 * demo province: demo users, then every contributor's raw records in order. Runs after the
 * reference units are loaded.
 */
@Component
class DemoGenerator implements StartupStep {

    static final long SEED = 20240930L;
    static final String SOURCE = "TinhSo demo generator";

    private static final Logger log = LoggerFactory.getLogger(DemoGenerator.class);

    private final boolean enabled;
    private final List<DemoDataContributor> contributors;
    private final DemoUsers users;
    private final JdbcClient jdbc;
    private final String province;

    DemoGenerator(@Value("${tinhso.demo.enabled:false}") boolean enabled, List<DemoDataContributor> contributors,
                  DemoUsers users, JdbcClient jdbc, @Value("${tinhso.province}") String province) {
        this.province = province;
        this.enabled = enabled;
        this.contributors = contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void run() {
        if (enabled) {
            generate();
        }
    }

    /** Generates the demo province unless it was generated before; returns whether it did. */
    boolean generate() {
        if (jdbc.sql("select count(*) from demo.generation").query(Long.class).single() > 0) {
            return false;
        }
        long started = System.currentTimeMillis();
        users.create();
        DemoContext context = new DemoContext(DemoContext.ARTICLE_DATE, province, SEED, SOURCE, "demo-generator");
        List<String> done = new ArrayList<>();
        for (DemoDataContributor contributor : contributors) {
            log.info("Demo province: generating {}", contributor.name());
            contributor.contribute(context);
            done.add(contributor.name());
        }
        jdbc.sql("insert into demo.generation (seed, contributors) values (:seed, :names)")
                .param("seed", SEED).param("names", done.toArray(String[]::new)).update();
        log.info("Demo province generated in {} ms: {}", System.currentTimeMillis() - started, done);
        return true;
    }
}
