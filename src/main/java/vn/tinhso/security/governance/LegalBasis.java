package vn.tinhso.security.governance;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;

/**
 * The legal basis held as data: for each level, the rule in force on a date is the one with the latest
 * {@code effective_from} on or before it. Adopting a new law is adding its rules with its date.
 */
@Service
public class LegalBasis {

    private static final String COLUMNS = "id, level, effective_from, basis, appraiser, approver, note, changed_by, changed_at";
    private static final String AUTHORITY = "[A-Z][A-Z0-9_]{1,59}";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    LegalBasis(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<LegalRule> rules() {
        return jdbc.sql("select " + COLUMNS + " from security.legal_rule order by effective_from desc, level").query(LegalBasis::row).list();
    }

    /** The rule for dossiers of {@code level} on {@code on}; empty before any rule took effect. */
    public Optional<LegalRule> requirement(int level, LocalDate on) {
        return jdbc.sql("select " + COLUMNS + " from security.legal_rule where level = :l and effective_from <= :d "
                        + "order by effective_from desc limit 1")
                .param("l", level).param("d", Date.valueOf(on)).query(LegalBasis::row).optional();
    }

    /** What is wrong with a draft, as message codes with the field they concern; empty when it can be adopted. */
    public static List<String[]> problems(LegalRule.Draft d) {
        List<String[]> p = new ArrayList<>();
        if (d.level() == null || d.level() < 1 || d.level() > 5) p.add(new String[] {"level", "security.legal.problem.level"});
        if (d.effectiveFrom() == null) p.add(new String[] {"effectiveFrom", "security.legal.problem.date"});
        if (d.basis() == null || d.basis().isBlank() || d.basis().length() > 500) p.add(new String[] {"basis", "security.legal.problem.basis"});
        if (d.appraiser() == null || !d.appraiser().trim().matches(AUTHORITY)) p.add(new String[] {"appraiser", "security.legal.problem.authority"});
        if (d.approver() == null || !d.approver().trim().matches(AUTHORITY)) p.add(new String[] {"approver", "security.legal.problem.authority"});
        if (d.note() != null && d.note().length() > 2000) p.add(new String[] {"note", "security.legal.problem.note"});
        return p;
    }

    /** Adds the rule, or replaces the rule of the same level and date; recorded in the audit log. */
    @Transactional
    public LegalRule adopt(LegalRule.Draft d, String actor) {
        if (!problems(d).isEmpty()) {
            throw new IllegalArgumentException("the rule is incomplete: " + problems(d).stream().map(x -> x[0]).toList());
        }
        long id = jdbc.sql("""
                insert into security.legal_rule (level, effective_from, basis, appraiser, approver, note, changed_by)
                values (:l, :d, :b, :ap, :ao, :n, :by)
                on conflict (level, effective_from) do update set basis = excluded.basis, appraiser = excluded.appraiser,
                    approver = excluded.approver, note = excluded.note, changed_by = excluded.changed_by, changed_at = now()
                returning id""")
                .param("l", d.level()).param("d", Date.valueOf(d.effectiveFrom())).param("b", d.basis().trim())
                .param("ap", d.appraiser().trim()).param("ao", d.approver().trim()).param("n", blankToNull(d.note()))
                .param("by", actor).query(Long.class).single();
        audit.record(new AuditEntry(actor, "security.legal-basis", "legal_rule", String.valueOf(id), null,
                "level " + d.level() + " from " + d.effectiveFrom() + ": appraised by " + d.appraiser().trim()
                        + ", approved by " + d.approver().trim() + " (" + d.basis().trim() + ")"));
        return jdbc.sql("select " + COLUMNS + " from security.legal_rule where id = :id").param("id", id).query(LegalBasis::row).single();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static LegalRule row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new LegalRule(rs.getLong(1), rs.getInt(2), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant());
    }
}
