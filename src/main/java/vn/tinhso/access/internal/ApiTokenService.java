package vn.tinhso.access.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.tinhso.access.ApiTokens;
import vn.tinhso.access.AuditEntry;
import vn.tinhso.access.AuditLog;
import vn.tinhso.access.Role;

@Service
class ApiTokenService implements ApiTokens {

    private static final Pattern SCOPE = Pattern.compile("[a-z]+:(read|write)|\\*:(read|write)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final AuditLog audit;

    ApiTokenService(JdbcClient jdbc, AccountRepository accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public IssuedToken issue(String username, String name, Role role, Set<String> scopes, Duration validity) {
        var account = accounts.find(username).orElseThrow(() -> new IllegalArgumentException("no account " + username));
        if (!account.account().roles().contains(role)) {
            throw new IllegalArgumentException("a token cannot have role " + role + " that its owner lacks");
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a token name is 1 to " + MAX_NAME_LENGTH + " characters without control characters");
        }
        if (scopes.isEmpty() || !scopes.stream().allMatch(s -> SCOPE.matcher(s).matches())) {
            throw new IllegalArgumentException("scopes must look like 'territory:read' or '*:write', got " + scopes);
        }
        if (validity.isNegative() || validity.isZero() || validity.compareTo(Duration.ofDays(366)) > 0) {
            throw new IllegalArgumentException("a token is valid for 1 second to 366 days");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "ts_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = jdbc.sql("""
                insert into access.api_token (account_id, name, token_prefix, token_hash, role, scopes, expires_at)
                values (:a, :n, :p, :h, :r, :s, :e) returning id""")
                .param("a", account.account().id()).param("n", name).param("p", secret.substring(0, 10))
                .param("h", TokenHashing.sha256(secret)).param("r", role.name())
                .param("s", scopes.toArray(String[]::new))
                .param("e", OffsetDateTime.now(ZoneOffset.UTC).plus(validity)).query(Long.class).single();
        audit.record(AuditEntry.of("token.issue", "api_token", Long.toString(id)).withDetail(name + " " + role + " " + scopes));
        return new IssuedToken(id, secret, list(username).stream().filter(t -> t.id() == id).findFirst().orElseThrow());
    }

    @Override
    public List<ApiTokenInfo> list(String username) {
        return jdbc.sql("""
                select t.* from access.api_token t join access.account a on a.id = t.account_id
                where a.username = :u order by t.id""").param("u", username).query((rs, n) -> info(rs)).list();
    }

    @Override
    public boolean revoke(String username, long tokenId) {
        int changed = jdbc.sql("""
                update access.api_token t set revoked_at = now() from access.account a
                where a.id = t.account_id and a.username = :u and t.id = :id and t.revoked_at is null""")
                .param("u", username).param("id", tokenId).update();
        forgetValidTokens();
        if (changed == 1) {
            audit.record(AuditEntry.of("token.revoke", "api_token", Long.toString(tokenId)));
        }
        return changed == 1;
    }

    /**
     * A token that is known, not revoked and not expired, with the name of its owner and the roles the owner
     * holds now: the token acts with its role only while the owner still has it.
     */
    record ValidToken(long id, String owner, Role role, Set<String> scopes, Set<Role> ownerRoles) {

        boolean ownerStillHoldsRole() {
            return ownerRoles.contains(role);
        }
    }

    /** How long a token found valid is taken as valid without asking the database again (a revocation here ends it at once). */
    static final Duration KEPT = Duration.ofSeconds(5);
    private static final int MAX_KEPT = 10_000;

    private record Kept(ValidToken token, Instant expiresAt, Instant until) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    Optional<ValidToken> authenticate(String secret) {
        String hash = TokenHashing.sha256(secret);
        Instant now = Instant.now();
        Kept k = kept.get(hash);
        if (k != null && now.isBefore(k.until()) && now.isBefore(k.expiresAt())) return Optional.of(k.token());
        var found = jdbc.sql("""
                select t.id, a.username, t.role, t.scopes, a.roles, t.expires_at from access.api_token t join access.account a on a.id = t.account_id
                where t.token_hash = :h and t.revoked_at is null and t.expires_at > now() and a.enabled""")
                .param("h", hash)
                .query((rs, n) -> new Kept(new ValidToken(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        new LinkedHashSet<>(Arrays.asList((String[]) rs.getArray(4).getArray())),
                        AccountRepository.roles(rs.getArray(5))), rs.getObject(6, OffsetDateTime.class).toInstant(), now.plus(KEPT)))
                .optional();
        if (found.isEmpty()) {
            kept.remove(hash);
            return Optional.empty();
        }
        if (kept.size() >= MAX_KEPT) kept.clear();
        kept.put(hash, found.get());
        return Optional.of(found.get().token());
    }

    /** Tokens found valid are looked up again: after a revocation or a change of an owner's roles. */
    void forgetValidTokens() {
        kept.clear();
    }

    void touch(long tokenId, Instant at) {
        jdbc.sql("update access.api_token set last_used_at = greatest(last_used_at, :at) where id = :id")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("id", tokenId).update();
    }

    private static ApiTokenInfo info(ResultSet rs) throws SQLException {
        return new ApiTokenInfo(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                Role.valueOf(rs.getString("role")), new LinkedHashSet<>(Arrays.asList((String[]) rs.getArray("scopes").getArray())),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "revoked_at"), instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
