package vn.tinhso.hub;

import java.time.Instant;

/**
 * Proof for a consumer of what it was given: the exchange-log entry (its request and response hashes and its place in the
 * chain) signed with the hub's Ed25519 key. {@code signedText} is exactly what was signed; {@code signature} and
 * {@code publicKey} are Base64 (the signature raw, the key X.509 SubjectPublicKeyInfo).
 */
public record ShareReceipt(long logId, Instant at, String consumer, String dataset, String requestSha256, String responseSha256,
                           int rows, String previousHash, String hash, String signedText, String algorithm, String signature,
                           String publicKey) {
}
