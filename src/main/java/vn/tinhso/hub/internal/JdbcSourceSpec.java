package vn.tinhso.hub.internal;

import java.util.regex.Pattern;

/**
 * A database the hub pulls from: {@code query} returns rows whose column names are the import columns of {@code kind}
 * (for citizens {@code personal_id, full_name, birth_date, sex, commune, ...}) and {@code updated_at}, and keeps only the
 * rows changed after {@code :since} ({@code where updated_at > :since}). {@code password} may be left out when the
 * configuration holds it ({@code tinhso.hub.jdbc.<code>.password}); it is never logged, shown or put in the URL.
 */
public record JdbcSourceSpec(String code, String kind, String url, String user, String password, String query) {

    static final Pattern SINCE = Pattern.compile("(?<!:):since\\b");

    public JdbcSourceSpec {
        if (code == null || !code.matches("[a-z0-9][a-z0-9._-]{0,62}"))
            throw new IllegalArgumentException("a connector code is lower-case letters, digits, '.', '_' or '-': " + code);
        if (!ConnectorSpec.KINDS.contains(kind)) throw new IllegalArgumentException("a connector feeds one of " + ConnectorSpec.KINDS + ", not " + kind);
        if (url == null || !url.startsWith("jdbc:postgresql://"))
            throw new IllegalArgumentException("a database source is a jdbc:postgresql:// URL");
        if (url.toLowerCase(java.util.Locale.ROOT).contains("password"))
            throw new IllegalArgumentException("the password goes in its own field or in the configuration, not in the URL");
        if (user == null || user.isBlank()) throw new IllegalArgumentException("a database source needs a user");
        if (query == null || !SINCE.matcher(query).find())
            throw new IllegalArgumentException("the query keeps the rows changed since the last run: updated_at > :since");
    }

    @Override
    public String toString() {
        return "JdbcSourceSpec[code=" + code + ", kind=" + kind + ", url=" + url + ", user=" + user + ", password="
                + (password == null ? "(from configuration)" : "****") + ", query=" + query + "]";
    }
}
