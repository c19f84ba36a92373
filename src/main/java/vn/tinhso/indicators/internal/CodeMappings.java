package vn.tinhso.indicators.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.tinhso.indicators.internal.ExternalCodes.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mapping tables of {@code indicators.code_mapping}, per source (the source an import names, compared without
 * case), and the identifiers imports met that no mapping translates yet.
 */
@Repository
class CodeMappings {

    private final JdbcClient jdbc;
    private final TransactionTemplate apart;

    CodeMappings(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** How a source is stored and compared: trimmed, lower case. */
    static String sourceKey(String source) {
        return source == null ? "" : source.trim().toLowerCase(Locale.ROOT);
    }

    /** External identifier → our code, for one source and kind of object. */
    Map<String, String> of(String source, Kind object) {
        Map<String, String> map = new HashMap<>();
        jdbc.sql("select external_id, code from indicators.code_mapping where source = :s and object = :o")
                .param("s", sourceKey(source)).param("o", object.name())
                .query(rs -> {
                    map.put(rs.getString(1), rs.getString(2));
                });
        return map;
    }

    List<ExternalCodes.Mapping> list(String source) {
        return jdbc.sql("select source, object, external_id, code, updated_by, updated_at from indicators.code_mapping"
                        + " where (:s = '' or source = :s) order by source, object, external_id")
                .param("s", sourceKey(source))
                .query((rs, n) -> new ExternalCodes.Mapping(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Sources with a mapping or an identifier waiting for one. */
    List<String> sources() {
        return jdbc.sql("select source from indicators.code_mapping union select source from indicators.unmapped_code order by 1")
                .query(String.class).list();
    }

    void put(String source, Kind object, String externalId, String code, String user) {
        jdbc.sql("""
                insert into indicators.code_mapping (source, object, external_id, code, updated_by) values (:s, :o, :e, :c, :u)
                on conflict (source, object, external_id) do update set code = excluded.code, updated_by = excluded.updated_by, updated_at = now()""")
                .param("s", sourceKey(source)).param("o", object.name()).param("e", externalId).param("c", code).param("u", user).update();
    }

    boolean delete(String source, Kind object, String externalId) {
        return jdbc.sql("delete from indicators.code_mapping where source = :s and object = :o and external_id = :e")
                .param("s", sourceKey(source)).param("o", object.name()).param("e", externalId).update() > 0;
    }

    /**
     * Notes identifiers an import could not translate, in a transaction of its own: a refused import rolls back, and
     * its unmapped codes are just what the steward must see.
     */
    void noteUnmapped(String source, Kind object, java.util.Collection<String> externalIds) {
        if (externalIds.isEmpty()) return;
        apart.executeWithoutResult(status -> jdbc.sql("""
                insert into indicators.unmapped_code (source, object, external_id)
                select :s, :o, unnest(cast(:e as text[]))
                on conflict (source, object, external_id) do update set last_seen = now()""")
                .param("s", sourceKey(source)).param("o", object.name()).param("e", externalIds.toArray(String[]::new)).update());
    }

    /** Identifiers met in imports of the source that no mapping translates (the source's own codes may have appeared since). */
    List<Seen> unmapped(String source) {
        return jdbc.sql("""
                select u.source, u.object, u.external_id, u.last_seen from indicators.unmapped_code u
                where (:s = '' or u.source = :s) and not exists (select from indicators.code_mapping m
                    where m.source = u.source and m.object = u.object and m.external_id = u.external_id)
                order by u.source, u.object, u.external_id""")
                .param("s", sourceKey(source))
                .query((rs, n) -> new Seen(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    record Seen(String source, Kind kind, String externalId, java.time.Instant lastSeen) {
    }
}
