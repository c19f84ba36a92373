package vn.tinhso.hub.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.hub.ExchangeLogVerification;
import vn.tinhso.hub.ShareGrant;
import vn.tinhso.hub.ShareReceipt;
import vn.tinhso.hub.SharedPage;
import vn.tinhso.hub.Sharing;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;

@Service
class SharingService implements Sharing {

    static final String GENESIS = "0".repeat(64);
    static final int MAX_PAGE = 1000;
    /** A district holds a few dozen communes; a whole province's worth is read in key order with a filter instead. */
    static final int MAX_MERGED_COMMUNES = 64;

    private final JdbcClient jdbc;
    private final Territory territory;
    private final ReceiptKey key;
    private final JsonMapper json = JsonMapper.builder().build();

    SharingService(JdbcClient jdbc, Territory territory, ReceiptKey key) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.key = key;
    }

    @Override
    public java.util.Optional<ShareReceipt> receipt(String consumer, long logId) {
        return jdbc.sql("select * from hub.share_log where id = :id and consumer = :c").param("id", logId).param("c", consumer)
                .query((rs, row) -> {
                    Instant at = rs.getTimestamp("at").toInstant();
                    String text = String.join("|", "tinhso-share-receipt", Long.toString(logId), at.toString(), rs.getString("consumer"),
                            rs.getString("dataset"), rs.getString("request_sha256"), rs.getString("response_sha256"),
                            Integer.toString(rs.getInt("rows")), rs.getString("previous_hash"), rs.getString("hash"));
                    return new ShareReceipt(logId, at, rs.getString("consumer"), rs.getString("dataset"), rs.getString("request_sha256"),
                            rs.getString("response_sha256"), rs.getInt("rows"), rs.getString("previous_hash"), rs.getString("hash"), text,
                            ReceiptKey.ALGORITHM, key.sign(text), key.publicKey());
                }).optional();
    }

    @Override
    public Map<String, List<String>> datasets() {
        Map<String, List<String>> m = new java.util.TreeMap<>();
        SharedDatasets.ALL.forEach((name, d) -> m.put(name, d.columns().stream().map(SharedDatasets.Column::name).toList()));
        return m;
    }

    @Override
    public void registerConsumer(String username, String name) {
        jdbc.sql("insert into hub.consumer (username, name) values (:u, :n) on conflict (username) do update set name = excluded.name")
                .param("u", username).param("n", name).update();
    }

    @Override
    public long grant(ShareGrant g) {
        SharedDatasets.Dataset d = SharedDatasets.ALL.get(g.dataset());
        if (d == null) throw new IllegalArgumentException("no shared dataset " + g.dataset() + "; there are " + datasets().keySet());
        for (String c : g.columns())
            if (!d.byName().containsKey(c)) throw new IllegalArgumentException("dataset " + g.dataset() + " has no column " + c);
        return jdbc.sql("""
                insert into hub.share_grant (consumer, dataset, columns, unit_code, purpose, valid_from, valid_to)
                values (:c, :d, string_to_array(:cols, ','), :u, :p, :f, :t) returning id""")
                .param("c", g.consumer()).param("d", g.dataset()).param("cols", String.join(",", g.columns()))
                .param("u", g.unitCode()).param("p", g.purpose().strip()).param("f", Date.valueOf(g.validFrom()))
                .param("t", g.validTo() == null ? null : Date.valueOf(g.validTo())).query(Long.class).single();
    }

    @Override
    public List<ShareGrant> grants() {
        return jdbc.sql("select * from hub.share_grant order by consumer, dataset, valid_from").query((rs, row) -> grant(rs)).list();
    }

    private static ShareGrant grant(java.sql.ResultSet rs) throws java.sql.SQLException {
        Array cols = rs.getArray("columns");
        Date to = rs.getDate("valid_to");
        return new ShareGrant(rs.getLong("id"), rs.getString("consumer"), rs.getString("dataset"), List.of((String[]) cols.getArray()),
                rs.getString("unit_code"), rs.getString("purpose"), rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate());
    }

    @Override
    @Transactional
    public SharedPage share(String consumer, String dataset, int page, int size, String after, String request) {
        SharedDatasets.Dataset d = SharedDatasets.ALL.get(dataset);
        if (d == null) throw new vn.tinhso.platform.NotFoundException("no shared dataset " + dataset);
        LocalDate today = LocalDate.now();
        ShareGrant g = jdbc.sql("""
                select * from hub.share_grant where consumer = :c and dataset = :d and valid_from <= :t
                  and (valid_to is null or valid_to >= :t) order by valid_from desc, id desc limit 1""")
                .param("c", consumer).param("d", dataset).param("t", Date.valueOf(today))
                .query((rs, row) -> grant(rs)).optional()
                .orElseThrow(() -> new NoGrant(consumer + " holds no grant for " + dataset + " valid on " + today));
        int n = Math.max(1, Math.min(size, MAX_PAGE)), p = Math.max(1, page);
        List<SharedDatasets.Column> columns = g.columns().stream().map(c -> d.byName().get(c)).filter(java.util.Objects::nonNull).toList();
        List<String> cursor = after == null || after.isBlank() ? null : Cursor.decode(after, d.key().size());
        List<String> communes = g.unitCode() == null ? null : communesWithin(g.unitCode());
        var statement = jdbc.sql(pageSql(d, columns, communes, cursor != null, n, cursor == null ? (long) (p - 1) * n : 0));
        if (cursor != null) for (int i = 0; i < cursor.size(); i++) statement = statement.param("a" + i, cursor.get(i));
        if (communes != null) for (int i = 0; i < communes.size(); i++) statement = statement.param("u" + i, communes.get(i));
        // A plan for these very values: a generic plan, blind to the limit and the cursor, reads the whole unit and sorts it.
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        List<String> lastKey = new ArrayList<>();
        List<Map<String, String>> rows = statement.query((rs, row) -> {
            Map<String, String> r = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) r.put(columns.get(i).name(), columns.get(i).mask().apply(rs.getString("c" + i)));
            lastKey.clear();
            for (int i = 0; i < d.key().size(); i++) lastKey.add(rs.getString("o" + i));
            return r;
        }).list();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("dataset", dataset);
        answer.put("purpose", g.purpose());
        answer.put("unit", g.unitCode());
        if (cursor == null) answer.put("page", p);
        else answer.put("after", after);
        answer.put("size", n);
        answer.put("next", rows.size() == n ? Cursor.encode(lastKey) : null);
        answer.put("columns", columns.stream().map(SharedDatasets.Column::name).toList());
        answer.put("rows", rows);
        byte[] body = json.writeValueAsBytes(answer);
        Entry logged = append(consumer, dataset, Sha256.hex(consumer + "\n" + request), Sha256.hex(body), rows.size());
        return new SharedPage(body, logged.id(), logged.hash());
    }

    /**
     * The page's statement. A grant for a few communes reads each commune's rows in key order from the (commune, key) index
     * and merges them, so a page costs about its own rows whatever share of the table the unit holds; without a unit, or
     * for a unit too large to merge, the key order of the table itself with the unit as a filter.
     */
    static String pageSql(SharedDatasets.Dataset d, List<SharedDatasets.Column> columns, List<String> communes, boolean after,
                          int limit, long offset) {
        StringBuilder select = new StringBuilder("select ");
        for (int i = 0; i < columns.size(); i++) select.append(i > 0 ? ", " : "").append(columns.get(i).sql()).append(" as c").append(i);
        for (int i = 0; i < d.key().size(); i++) select.append(", ").append(d.key().get(i).sql()).append(" as o").append(i);
        select.append(" from ").append(d.table()).append(" where true");
        if (after) {
            select.append(" and (").append(d.order()).append(") > (");
            for (int i = 0; i < d.key().size(); i++) select.append(i > 0 ? ", " : "").append("cast(:a").append(i).append(" as ").append(d.key().get(i).type()).append(')');
            select.append(')');
        }
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < d.key().size(); i++) order.append(i > 0 ? ", " : "").append('o').append(i);
        String tail = " order by " + order + " limit " + limit + (offset > 0 ? " offset " + offset : "");
        if (communes == null) return "select * from (" + select + ") page" + tail;
        if (communes.size() > MAX_MERGED_COMMUNES) {
            StringBuilder any = new StringBuilder();
            for (int i = 0; i < communes.size(); i++) any.append(i > 0 ? ", " : "").append(":u").append(i);
            return "select * from (" + select + " and commune_code in (" + any + ")) page" + tail;
        }
        // Each branch orders and limits itself: planned on its own, it would otherwise read its commune whole, unsorted.
        String branchTail = " order by " + d.order() + " limit " + (limit + offset) + ")";
        StringBuilder union = new StringBuilder();
        for (int i = 0; i < communes.size(); i++)
            union.append(i > 0 ? " union all " : "").append('(').append(select).append(" and commune_code = :u").append(i).append(branchTail);
        return "select * from (" + union + ") page" + tail;
    }

    private record Communes(List<String> codes, Instant until) {
    }

    /** The map changes a few times a decade; a grant's communes are looked up again after {@link #COMMUNES_KEPT}. */
    private static final java.time.Duration COMMUNES_KEPT = java.time.Duration.ofMinutes(10);
    private final Map<String, Communes> communes = new java.util.concurrent.ConcurrentHashMap<>();

    private List<String> communesWithin(String unit) {
        Communes kept = communes.get(unit);
        if (kept != null && kept.until().isAfter(Instant.now())) return kept.codes();
        List<String> codes = lookUpCommunesWithin(unit);
        communes.put(unit, new Communes(codes, Instant.now().plus(COMMUNES_KEPT)));
        return codes;
    }

    /** The commune codes within a unit, on today's map and on the map before the latest reorganisation. */
    private List<String> lookUpCommunesWithin(String unit) {
        Set<String> codes = new TreeSet<>();
        List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.now()));
        territory.latestReorganisation().ifPresent(r -> dates.add(r.minusDays(1)));
        for (LocalDate date : dates) {
            territory.unit(unit, date).filter(u -> u.level().equals("commune")).ifPresent(u -> codes.add(u.code()));
            territory.units(date, "commune", unit).stream().map(AdminUnit::code).forEach(codes::add);
        }
        if (codes.isEmpty()) codes.add("-");
        return List.copyOf(codes);
    }

    private record Entry(long id, String hash) {
    }

    /** Serialised by a transaction lock, so each entry links to the one committed before it. */
    private Entry append(String consumer, String dataset, String requestHash, String responseHash, int rows) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('hub.share_log'))").query().singleRow();
        String previous = jdbc.sql("select hash from hub.share_log order by id desc limit 1").query(String.class).optional().orElse(GENESIS);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = link(previous, at, consumer, dataset, requestHash, responseHash, rows);
        long id = jdbc.sql("""
                insert into hub.share_log (at, consumer, dataset, request_sha256, response_sha256, rows, previous_hash, hash)
                values (:at, :c, :d, :req, :res, :rows, :prev, :hash) returning id""")
                .param("at", Timestamp.from(at)).param("c", consumer).param("d", dataset).param("req", requestHash)
                .param("res", responseHash).param("rows", rows).param("prev", previous).param("hash", hash).query(Long.class).single();
        return new Entry(id, hash);
    }

    static String link(String previous, Instant at, String consumer, String dataset, String requestHash, String responseHash, int rows) {
        return Sha256.hex(String.join("|", previous, at.toString(), consumer, dataset, requestHash, responseHash, Integer.toString(rows)));
    }

    @Override
    public ExchangeLogVerification verifyLog() {
        String[] previous = {GENESIS};
        long[] checked = {0};
        Long[] broken = {null};
        jdbc.sql("select * from hub.share_log order by id").query(rs -> {
            if (broken[0] != null) return;
            checked[0]++;
            String expected = link(previous[0], rs.getTimestamp("at").toInstant(), rs.getString("consumer"), rs.getString("dataset"),
                    rs.getString("request_sha256"), rs.getString("response_sha256"), rs.getInt("rows"));
            if (!previous[0].equals(rs.getString("previous_hash")) || !expected.equals(rs.getString("hash"))) broken[0] = rs.getLong("id");
            previous[0] = rs.getString("hash");
        });
        return new ExchangeLogVerification(broken[0] == null, checked[0], broken[0]);
    }
}
