package vn.tinhso.cameras.internal;

import java.sql.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.cameras.PlateNumber;

/**
 * Typed watchlists and their entries, with an in-memory index of the plates for matching each read in microseconds;
 * the index is rebuilt after any change.
 */
@Repository
public class Watchlists {

    public record Watchlist(long id, String code, String name, String kind, String source, String owner, List<String> visibleTo,
                     boolean nearMatch) {
    }

    record Entry(long id, long watchlist, String canonical, String display, String reason, LocalDate validFrom,
                 LocalDate validTo, String faceId, double[] embedding) {

        boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** Plates by canonical key and face entries, as of one state of the tables. */
    record Index(Map<String, List<Entry>> plates, Map<String, List<Entry>> nearMatched, List<Entry> faces, Map<Long, Watchlist> lists) {
    }

    /**
     * Lists whose near matches (one character off) are raised too: the ones where a missed vehicle costs most. On a
     * long list of fines a one-edit neighbour of almost every read is listed, so those match exactly only.
     */
    static final java.util.Set<String> NEAR_MATCHED = java.util.Set.of("stolen_vehicle", "wanted");

    private final JdbcClient jdbc;
    private final AtomicReference<Index> index = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    Watchlists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Watchlist ensure(String code, String name, String kind, String source, String owner, List<String> visibleTo) {
        jdbc.sql("""
                insert into cameras.watchlist (code, name, kind, source, owner, visible_to, near_match)
                values (:code, :name, :kind, :source, :owner, :visible, :near)
                on conflict (code) do update set name = excluded.name, kind = excluded.kind, source = excluded.source""")
                .param("near", NEAR_MATCHED.contains(kind))
                .param("code", code).param("name", name).param("kind", kind).param("source", source).param("owner", owner)
                .param("visible", visibleTo.toArray(String[]::new)).update();
        changed();
        return list(code).orElseThrow();
    }

    Optional<Watchlist> list(String code) {
        return jdbc.sql("select * from cameras.watchlist where code = :c").param("c", code).query((rs, n) -> watchlist(rs)).optional();
    }

    public List<Watchlist> lists() {
        return jdbc.sql("select * from cameras.watchlist order by code").query((rs, n) -> watchlist(rs)).list();
    }

    long add(long watchlist, PlateNumber plate, String reason, LocalDate from, LocalDate to, String faceId, double[] embedding,
             String actor) {
        long id = jdbc.sql("""
                insert into cameras.watch_entry (watchlist, canonical, display, reason, valid_from, valid_to, face_id, embedding, added_by)
                values (:list, :canonical, :display, :reason, :from, :to, :face, :embedding, :actor) returning id""")
                .param("list", watchlist).param("canonical", plate == null ? "" : plate.canonical())
                .param("display", plate == null ? (faceId == null ? "" : faceId) : plate.display()).param("reason", reason)
                .param("from", from).param("to", to).param("face", faceId)
                .param("embedding", embedding == null ? null : Arrays.stream(embedding).boxed().toArray(Double[]::new))
                .param("actor", actor).query(Long.class).single();
        changed();
        return id;
    }

    /** Many entries of one list in one statement (an import's batch). */
    void addAll(long watchlist, List<PlateNumber> plates, List<String> reasons, List<LocalDate> from, List<LocalDate> to, String actor) {
        jdbc.sql("""
                insert into cameras.watch_entry (watchlist, canonical, display, reason, valid_from, valid_to, added_by)
                select :list, canonical, display, reason, valid_from, valid_to, :actor
                from unnest(cast(:canonical as text[]), cast(:display as text[]), cast(:reason as text[]),
                            cast(:from as date[]), cast(:to as date[])) as t(canonical, display, reason, valid_from, valid_to)""")
                .param("list", watchlist).param("actor", actor)
                .param("canonical", plates.stream().map(PlateNumber::canonical).toArray(String[]::new))
                .param("display", plates.stream().map(PlateNumber::display).toArray(String[]::new))
                .param("reason", reasons.toArray(String[]::new))
                .param("from", from.stream().map(d -> d == null ? null : d.toString()).toArray(String[]::new))
                .param("to", to.stream().map(d -> d == null ? null : d.toString()).toArray(String[]::new)).update();
        changed();
    }

    public int entries(long watchlist) {
        return jdbc.sql("select count(*) from cameras.watch_entry where watchlist = :l").param("l", watchlist).query(Integer.class).single();
    }

    private void changed() {
        changes.incrementAndGet();
        index.set(null);
    }

    Index index() {
        Index i = index.get();
        if (i != null) return i;
        long seen = changes.get();
        Map<Long, Watchlist> lists = new HashMap<>();
        for (Watchlist w : lists()) lists.put(w.id(), w);
        Map<String, List<Entry>> plates = new HashMap<>();
        Map<String, List<Entry>> nearMatched = new HashMap<>();
        List<Entry> faces = new ArrayList<>();
        jdbc.sql("select * from cameras.watch_entry").query(rs -> {
            Array e = rs.getArray("embedding");
            double[] embedding = null;
            if (e != null) {
                Object[] values = (Object[]) e.getArray();
                embedding = new double[values.length];
                for (int k = 0; k < values.length; k++) embedding[k] = ((Number) values[k]).doubleValue();
            }
            Entry entry = new Entry(rs.getLong("id"), rs.getLong("watchlist"), rs.getString("canonical"), rs.getString("display"),
                    rs.getString("reason"), rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                    rs.getString("face_id"), embedding);
            if (entry.faceId() != null || entry.embedding() != null) faces.add(entry);
            if (!entry.canonical().isEmpty()) {
                plates.computeIfAbsent(entry.canonical(), k -> new ArrayList<>(1)).add(entry);
                Watchlist list = lists.get(entry.watchlist());
                if (list != null && list.nearMatch()) nearMatched.computeIfAbsent(entry.canonical(), k -> new ArrayList<>(1)).add(entry);
            }
        });
        Index built = new Index(plates, nearMatched, faces, lists);
        // A change made while this was being built leaves the index empty, to be built again from the new state.
        if (changes.get() == seen) index.compareAndSet(null, built);
        return built;
    }

    private static Watchlist watchlist(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Watchlist(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                rs.getString("source"), rs.getString("owner"), Arrays.asList((String[]) rs.getArray("visible_to").getArray()),
                rs.getBoolean("near_match"));
    }
}
