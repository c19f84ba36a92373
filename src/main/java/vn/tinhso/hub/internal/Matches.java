package vn.tinhso.hub.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Ambiguous matches for a data steward: citizens with the same name and birth date under different personal ids, and
 * enterprises with the same name in the same commune under unrelated tax codes (not a parent and its branch). A group a
 * steward has decided on leaves the list until a further record joins it (its key is made of its members' ids).
 */
@Service
public class Matches {

    public static final Set<String> DECISIONS = Set.of("distinct", "duplicate");

    /** @param members masked ids (citizens) or tax codes (enterprises), with their commune */
    public record MatchGroup(String key, String kind, String label, List<String> members, List<String> communes) {
    }

    private final JdbcClient jdbc;

    Matches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MatchGroup> open(int limit) {
        List<MatchGroup> groups = new ArrayList<>();
        jdbc.sql("""
                select min(full_name) as name, birth_date::text as born, string_agg(personal_id, ',' order by personal_id) as ids,
                       string_agg(commune_code, ',' order by personal_id) as communes
                from hub.citizen group by lower(full_name), birth_date having count(*) > 1
                order by 1, 2 limit :n""").param("n", limit).query().listOfRows().forEach(r -> {
            List<String> ids = Arrays.asList(((String) r.get("ids")).split(","));
            String key = "citizen:" + Sha256.hex(String.join(",", ids));
            // The label would show a name and birth date whole: the steward sees the initials and the year only.
            String label = Masks.name((String) r.get("name")) + " · " + Masks.birthDate(r.get("born"));
            groups.add(new MatchGroup(key, "citizen", label, ids.stream().map(Masks::personalId).toList(),
                    Arrays.asList(((String) r.get("communes")).split(","))));
        });
        jdbc.sql("""
                select min(name) as name, commune_code, string_agg(tax_code, ',' order by tax_code) as codes
                from hub.enterprise group by lower(name), commune_code
                having count(distinct left(tax_code, 10)) > 1 order by 1 limit :n""").param("n", limit).query().listOfRows().forEach(r -> {
            List<String> codes = Arrays.asList(((String) r.get("codes")).split(","));
            groups.add(new MatchGroup("enterprise:" + Sha256.hex(String.join(",", codes)), "enterprise", (String) r.get("name"), codes,
                    codes.stream().map(c -> (String) r.get("commune_code")).toList()));
        });
        Set<String> decided = Set.copyOf(jdbc.sql("select group_key from hub.match_decision").query(String.class).list());
        return groups.stream().filter(g -> !decided.contains(g.key())).toList();
    }

    public void decide(String key, String decision, String note, String steward) {
        if (!DECISIONS.contains(decision)) throw new IllegalArgumentException("a decision is one of " + DECISIONS);
        if (key == null || !key.matches("(citizen|enterprise):[0-9a-f]{64}")) throw new IllegalArgumentException("no match group " + key);
        jdbc.sql("""
                insert into hub.match_decision (group_key, kind, decision, note, decided_by) values (:k, :kind, :d, :n, :by)
                on conflict (group_key) do update set decision = excluded.decision, note = excluded.note, decided_by = excluded.decided_by,
                    decided_at = now()""")
                .param("k", key).param("kind", key.substring(0, key.indexOf(':'))).param("d", decision)
                .param("n", note == null || note.isBlank() ? null : note.strip()).param("by", steward).update();
    }
}
