package vn.tinhso.hub.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import vn.tinhso.access.PersonalDataReads;
import vn.tinhso.access.Role;

@Service
class CitizenDirectory implements Citizens {

    private static final String COLUMNS = "id, personal_id, full_name, birth_date, sex, ethnicity, commune_code, village_code, household_code";

    private final JdbcClient jdbc;
    private final PersonalDataReads gate;

    CitizenDirectory(JdbcClient jdbc, PersonalDataReads gate) {
        this.jdbc = jdbc;
        this.gate = gate;
    }

    @Override
    public List<CitizenView> search(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) return List.of();
        int n = Math.max(1, Math.min(limit, 200));
        if (q.matches("\\d{12}"))
            return jdbc.sql("select " + COLUMNS + " from hub.citizen where personal_id = :q").param("q", q).query(MASKED).list();
        if (q.matches("\\d{4}"))
            return jdbc.sql("select " + COLUMNS + " from hub.citizen where right(personal_id, 4) = :q order by full_name, id limit :n")
                    .param("q", q).param("n", n).query(MASKED).list();
        return jdbc.sql("select " + COLUMNS + " from hub.citizen where full_name ilike :q order by full_name, id limit :n")
                .param("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%").param("n", n).query(MASKED).list();
    }

    @Override
    public Optional<CitizenView> masked(long key) {
        return jdbc.sql("select " + COLUMNS + " from hub.citizen where id = :k").param("k", key).query(MASKED).optional();
    }

    @Override
    public Optional<CitizenView> reveal(long key, String purpose) {
        Optional<String> id = jdbc.sql("select personal_id from hub.citizen where id = :k").param("k", key).query(String.class).optional();
        if (id.isEmpty()) return Optional.empty();
        gate.authorize("citizen", id.get(), purpose, Role.ADMIN, Role.DATA_STEWARD);
        boolean sensitive = currentRoles().contains(Role.ADMIN.authority());
        Set<String> revealed = new LinkedHashSet<>();
        CitizenView.FIELDS.forEach((field, c) -> {
            if (c == FieldClass.BASIC || sensitive) revealed.add(field);
        });
        CitizenView whole = jdbc.sql("select " + COLUMNS + " from hub.citizen where id = :k").param("k", key)
                .query((rs, row) -> view(rs, revealed)).single();
        jdbc.sql("insert into hub.personal_read (actor, personal_id, purpose, fields) values (:a, :p, :why, :f)")
                .param("a", currentUser()).param("p", id.get()).param("why", purpose.strip())
                .param("f", String.join(",", new java.util.TreeSet<>(revealed))).update();
        return Optional.of(whole);
    }

    @Override
    public List<PersonalRead> readsOf(String personalId, String purpose) {
        gate.authorize("citizen.reads", personalId, purpose, Role.ADMIN, Role.DATA_STEWARD);
        return jdbc.sql("select at, actor, purpose, fields from hub.personal_read where personal_id = :p order by at desc, id desc")
                .param("p", personalId)
                .query((rs, row) -> new PersonalRead(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("purpose"),
                        rs.getString("fields"))).list();
    }

    private static final org.springframework.jdbc.core.RowMapper<CitizenView> MASKED = (rs, row) -> view(rs, Set.of());

    private static CitizenView view(ResultSet rs, Set<String> revealed) throws SQLException {
        String id = rs.getString("personal_id"), name = rs.getString("full_name"), born = rs.getString("birth_date"),
                ethnicity = rs.getString("ethnicity");
        return new CitizenView(rs.getLong("id"),
                revealed.contains("personal_id") ? id : Masks.personalId(id),
                revealed.contains("full_name") ? name : Masks.name(name),
                revealed.contains("birth_date") ? born : Masks.birthDate(born),
                rs.getString("sex"),
                revealed.contains("ethnicity") ? ethnicity : Masks.hidden(ethnicity),
                rs.getString("commune_code"), rs.getString("village_code"), rs.getString("household_code"), Set.copyOf(revealed));
    }

    private static Set<String> currentRoles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) return Set.of();
        Set<String> roles = new java.util.HashSet<>();
        for (GrantedAuthority a : auth.getAuthorities()) roles.add(a.getAuthority());
        return roles;
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }
}
