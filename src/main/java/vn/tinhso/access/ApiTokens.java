package vn.tinhso.access;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Scoped, expiring, revocable tokens for machine clients (cameras, log shippers, other agencies). */
public interface ApiTokens {

    /** Longest token name, in characters. */
    int MAX_NAME_LENGTH = 100;

    /** Issues a token for the account; the secret is in the result and nowhere else, ever. */
    IssuedToken issue(String username, String name, Role role, Set<String> scopes, Duration validity);

    List<ApiTokenInfo> list(String username);

    /** Returns false when the token does not exist or does not belong to the user. */
    boolean revoke(String username, long tokenId);

    record IssuedToken(long id, String secret, ApiTokenInfo info) {
    }

    record ApiTokenInfo(long id, String name, String prefix, Role role, Set<String> scopes,
                        java.time.Instant createdAt, java.time.Instant expiresAt, java.time.Instant revokedAt,
                        java.time.Instant lastUsedAt) {
    }
}
