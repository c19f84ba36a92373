package vn.tinhso.hub.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.PreparedStatementCreator;

/** A statement with named text parameters ({@code :a0}, {@code :u12}) turned into JDBC's positional ones, with their values. */
record PositionalSql(String sql, List<String> values) {

    private static final Pattern NAMED = Pattern.compile("(?<!:):([a-z][0-9]+)");

    static PositionalSql of(String named, Function<String, String> value) {
        List<String> values = new ArrayList<>();
        Matcher m = NAMED.matcher(named);
        StringBuilder sql = new StringBuilder(named.length());
        while (m.find()) {
            values.add(value.apply(m.group(1)));
            m.appendReplacement(sql, "?");
        }
        m.appendTail(sql);
        return new PositionalSql(sql.toString(), List.copyOf(values));
    }

    /**
     * The statement; with {@code planForTheseValues} never prepared on the server, so that PostgreSQL plans it for these very
     * values each time (a plan kept for any values, blind to the limit and the cursor, may read a whole unit and sort it).
     * Otherwise the driver prepares it on the server after a few runs on a connection and PostgreSQL may keep its plan.
     */
    PreparedStatementCreator creator(boolean planForTheseValues) {
        return (Connection c) -> {
            PreparedStatement ps = c.prepareStatement(sql);
            try {
                if (planForTheseValues) ps.unwrap(PGStatement.class).setPrepareThreshold(0);
                for (int i = 0; i < values.size(); i++) ps.setString(i + 1, values.get(i));
                return ps;
            } catch (SQLException | RuntimeException e) {
                ps.close();
                throw e;
            }
        };
    }
}
