package vn.tinhso.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tinhso.TinhsoApplication;
import vn.tinhso.access.Accounts;
import vn.tinhso.access.ApiTokens;
import vn.tinhso.access.Role;
import vn.tinhso.hub.ShareGrant;
import vn.tinhso.hub.Sharing;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;

/**
 * The sharing API on a citizen registry of N rows (10 million by default): an agency's system with an API token and a
 * grant for one district (all seven shareable columns, three of them masked) asks over HTTP for pages of 1,000 rows,
 * each starting at a random point of its district (the {@code after} cursor), one request at a time, from the JDK HttpClient
 * and from a blocking HttpURLConnection; then the sharing service called in-process. Beside it, in the same run, the same
 * query in plain SQL over JDBC (no API, no masking, no exchange log), planned per page, generically and as PostgreSQL chooses. Also a few deep pages by page number
 * (OFFSET), which the cursor exists to avoid. Reports p50 / p95 / p99. Not a test: run with {@code bench/run-hub.sh [rows] [requests]}.
 */
public final class HubSharingBenchmark {

    private static final String DISTRICT = "213";

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        SpringApplication app = new SpringApplication(TinhsoApplication.class);
        app.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            DataSource ds = context.getBean(DataSource.class);
            JdbcClient jdbc = JdbcClient.create(ds);
            Territory territory = context.getBean(Territory.class);
            LocalDate before = territory.latestReorganisation().map(d -> d.minusDays(1)).orElse(LocalDate.now());
            List<String> communes = territory.units(before, "commune", context.getEnvironment().getProperty("tinhso.province", "24"))
                    .stream().map(AdminUnit::code).toList();
            Set<String> inDistrict = new TreeSet<>(territory.units(before, "commune", DISTRICT).stream().map(AdminUnit::code).toList());
            System.out.printf(Locale.ROOT, "machine: %d cores, %s; Java %s; %s%n", Runtime.getRuntime().availableProcessors(),
                    cpu(), System.getProperty("java.version"), jdbc.sql("select version()").query(String.class).single().split(",")[0]);

            long t0 = System.nanoTime();
            // Built once after the load rather than row by row during it (the same indexes as the migrations leave).
            jdbc.sql("alter table hub.citizen drop constraint citizen_personal_id_key").update();
            jdbc.sql("drop index hub.citizen_commune_id, hub.citizen_household").update();
            String array = "array['" + String.join("','", communes) + "']";
            for (long from = 1; from <= rows; from += 1_000_000) {
                long to = Math.min(rows, from + 999_999);
                jdbc.sql("""
                        insert into hub.citizen (personal_id, full_name, birth_date, sex, commune_code, village_code, household_code,
                                                 updated_at, dataset_version_id)
                        select lpad(i::text, 12, '0'), 'Nguyễn Văn Bench ' || i, date '1940-01-01' + (i %% 29000)::int,
                               case when i %% 2 = 0 then 'male' else 'female' end, (%s)[1 + (hashint8(i) & 2147483647) %% %d],
                               null, null, now(), 0
                        from generate_series(cast(:a as bigint), cast(:b as bigint)) i""".formatted(array, communes.size()))
                        .param("a", from).param("b", to).update();
                System.out.printf(Locale.ROOT, "  %,d rows loaded (%.0f s)%n", to, (System.nanoTime() - t0) / 1e9);
            }
            jdbc.sql("alter table hub.citizen add constraint citizen_personal_id_key unique (personal_id)").update();
            jdbc.sql("create index citizen_commune_id on hub.citizen (commune_code, id)").update();
            jdbc.sql("create index citizen_household on hub.citizen (household_code)").update();
            jdbc.sql("vacuum analyze hub.citizen").update();
            long total = jdbc.sql("select count(*) from hub.citizen").query(Long.class).single();
            long district = jdbc.sql("select count(*) from hub.citizen where commune_code = any(string_to_array(:c, ','))")
                    .param("c", String.join(",", inDistrict)).query(Long.class).single();
            System.out.printf(Locale.ROOT, "registry: %,d citizens, %,d of them in district %s (%d communes of %d); loaded in %.0f s%n",
                    total, district, DISTRICT, inDistrict.size(), communes.size(), (System.nanoTime() - t0) / 1e9);

            Accounts accounts = context.getBean(Accounts.class);
            accounts.createIfAbsent("bench-agency", "Bench agency system", "bench-agency-password-1", EnumSet.of(Role.VIEWER));
            Sharing sharing = context.getBean(Sharing.class);
            sharing.registerConsumer("bench-agency", "Bench agency");
            sharing.grant(new ShareGrant(null, "bench-agency", "citizens",
                    List.of("personal_id", "full_name", "birth_date", "sex", "commune", "village", "household"), DISTRICT, "Benchmark",
                    LocalDate.now().minusDays(1), null));
            String token = context.getBean(ApiTokens.class).issue("bench-agency", "bench", Role.VIEWER, Set.of("hub:read"), Duration.ofDays(1)).secret();
            String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/api/hub/share/citizens?size=1000";

            // Random starting points inside the district, the same for the API and for SQL.
            Random random = new Random(14);
            List<Long> ids = jdbc.sql("select id from hub.citizen tablesample system (1) where commune_code = any(string_to_array(:c, ','))")
                    .param("c", String.join(",", inDistrict)).query(Long.class).list();
            long[] starts = new long[requests];
            for (int i = 0; i < requests; i++) starts[i] = ids.get(random.nextInt(ids.size())) - 1;

            // The API's own statement, written by the API's own code, so that PostgreSQL plans both alike.
            List<String> unit = List.copyOf(inDistrict);
            String named = apiStatement(unit);
            List<String> names = new ArrayList<>();
            var parameter = java.util.regex.Pattern.compile("(?<!:):([au][0-9]+)").matcher(named);
            while (parameter.find()) names.add(parameter.group(1));
            String statement = parameter.replaceAll("?");
            List<String> sample = names.stream().map(n -> n.equals("a0") ? Long.toString(starts[0]) : unit.get(Integer.parseInt(n.substring(1)))).toList();
            explain(ds, "the API's statement (one index range per commune, merged)", statement, sample);
            explain(ds, "the statement before (key order, communes as a filter, limit as a parameter)", """
                    select personal_id, full_name, birth_date::text, sex, commune_code, village_code, household_code, id::text
                    from hub.citizen where true and commune_code = any(string_to_array(?, ','))
                      and (id) > (cast(? as bigint)) order by id limit ?""", List.of(String.join(",", unit), Long.toString(starts[0]), "1000"));
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 50; i++) get(http, base + "&after=" + cursor(starts[i % requests]), token);
            long[] api = new long[requests];
            long bytes = 0;
            for (int i = 0; i < requests; i++) {
                long s = System.nanoTime();
                bytes += get(http, base + "&after=" + cursor(starts[i]), token);
                api[i] = System.nanoTime() - s;
            }
            report("sharing API over HTTP, token + grant + masking + JSON + exchange log (JDK HttpClient)", api);
            System.out.printf(Locale.ROOT, "  %.0f KB per answer on average%n", bytes / 1024.0 / requests);

            // The same requests from a blocking client (HttpURLConnection, kept alive): no hand-over between client threads.
            for (int i = 0; i < 50; i++) getBlocking(base + "&after=" + cursor(starts[i % requests]), token);
            long[] blocking = new long[requests];
            for (int i = 0; i < requests; i++) {
                long s = System.nanoTime();
                getBlocking(base + "&after=" + cursor(starts[i]), token);
                blocking[i] = System.nanoTime() - s;
            }
            report("sharing API over HTTP, the same, from a blocking client (HttpURLConnection)", blocking);

            // Without HTTP: the service itself (grant, statement, masking, JSON, hash, exchange log), as the controller calls it.
            long[] service = new long[requests];
            for (int i = 0; i < requests; i++) {
                long s = System.nanoTime();
                sharing.share("bench-agency", "citizens", 1, 1000, cursor(starts[i]), "GET /bench");
                service[i] = System.nanoTime() - s;
            }
            report("the sharing service called in-process (no HTTP, token check or Spring MVC)", service);

            for (String mode : List.of("force_custom_plan", "force_generic_plan", "auto")) {
                long[] sql = new long[requests];
                try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
                    try (var set = c.createStatement()) {
                        set.execute("set plan_cache_mode = " + mode);
                    }
                    for (int i = 0; i < requests; i++) {
                        long s = System.nanoTime();
                        for (int p = 0; p < names.size(); p++)
                            ps.setString(p + 1, names.get(p).equals("a0") ? Long.toString(starts[i]) : unit.get(Integer.parseInt(names.get(p).substring(1))));
                        int n = 0;
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                for (int k = 1; k <= 8; k++) rs.getString(k);
                                n++;
                            }
                        }
                        if (n == 0) throw new IllegalStateException("no rows after " + starts[i]);
                        sql[i] = System.nanoTime() - s;
                    }
                    try (var reset = c.createStatement()) {
                        reset.execute("reset plan_cache_mode");
                    }
                }
                report("the same query in plain SQL over JDBC, same statement (no API), " + mode, sql);
            }

            int deep = Math.max(1, (int) Math.min(5, district / 1000));
            long[] offset = new long[deep];
            for (int i = 0; i < deep; i++) {
                long page = 1 + random.nextInt((int) Math.max(1, district / 1000));
                long s = System.nanoTime();
                get(http, base + "&page=" + page, token);
                offset[i] = System.nanoTime() - s;
            }
            report("sharing API by page number (OFFSET), random pages of the district", offset);
        }
    }

    /** The sharing API's statement for this grant and a cursor, with its named parameters ({@code :a0} the cursor, {@code :uN} the communes). */
    private static String apiStatement(List<String> communes) throws Exception {
        Class<?> service = Class.forName("vn.tinhso.hub.internal.SharingService");
        Class<?> datasets = Class.forName("vn.tinhso.hub.internal.SharedDatasets");
        var all = datasets.getDeclaredField("ALL");
        all.setAccessible(true);
        Object citizens = ((java.util.Map<?, ?>) all.get(null)).get("citizens");
        var columnsOf = citizens.getClass().getDeclaredMethod("columns");
        columnsOf.setAccessible(true);
        var pageSql = service.getDeclaredMethod("pageSql", citizens.getClass(), List.class, List.class, boolean.class, int.class, long.class);
        pageSql.setAccessible(true);
        return (String) pageSql.invoke(null, citizens, columnsOf.invoke(citizens), communes, true, 1000, 0L);
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the page statement as a custom plan and, for the record, as the generic plan it used to get. */
    private static void explain(DataSource ds, String title, String statement, List<String> values) throws Exception {
        try (Connection c = ds.getConnection(); var st = c.createStatement()) {
            for (String mode : List.of("force_custom_plan", "force_generic_plan", "auto")) {
                st.execute("set plan_cache_mode = " + mode);
                st.execute("deallocate all");
                StringBuilder prepare = new StringBuilder("prepare page as ");
                int[] n = {0};
                prepare.append(java.util.regex.Pattern.compile("\\?").matcher(statement).replaceAll(m -> "\\$" + (++n[0])));
                st.execute(prepare.toString());
                StringBuilder args = new StringBuilder();
                for (String v : values) args.append(args.isEmpty() ? "'" : ", '").append(v).append('\'');
                System.out.println("EXPLAIN (ANALYZE, BUFFERS) of " + title + ", " + mode + ":");
                st.execute("set statement_timeout = '60s'");
                try (ResultSet rs = st.executeQuery("explain (analyze, buffers) execute page(" + args + ")")) {
                    int lines = 0;
                    List<String> plan = new ArrayList<>();
                    while (rs.next()) plan.add(rs.getString(1));
                    plan.stream().limit(40).forEach(l -> System.out.println("  " + l));
                    if (plan.size() > 40) System.out.println("  ... (" + (plan.size() - 40) + " more lines)");
                    plan.stream().skip(40).filter(l -> l.startsWith("Planning Time") || l.startsWith("Execution Time"))
                            .forEach(l -> System.out.println("  " + l));
                }
                st.execute("deallocate page");
            }
            st.execute("reset plan_cache_mode");
            st.execute("reset statement_timeout");
        }
    }

    private static String cursor(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Long.toString(id).getBytes(StandardCharsets.UTF_8));
    }

    private static long get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) throw new IllegalStateException(url + " → " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
        return r.body().length;
    }

    private static long getBlocking(String url, String token) throws Exception {
        var c = (java.net.HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestProperty("Authorization", "Bearer " + token);
        if (c.getResponseCode() != 200) throw new IllegalStateException(url + " → " + c.getResponseCode());
        try (var in = c.getInputStream()) {
            return in.readAllBytes().length;
        }
    }

    private static void report(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%s: %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, s.length,
                at(s, 0.50), at(s, 0.95), at(s, 0.99), s[s.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * q) - 1)] / 1e6;
    }

    private static String cpu() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (Exception e) {
            return "?";
        }
    }
}
