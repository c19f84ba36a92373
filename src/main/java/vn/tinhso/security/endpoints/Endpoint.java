package vn.tinhso.security.endpoints;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One host with an anti-malware agent: who runs it, which agent and signatures, when it was last heard of, how many
 * detections it reported in the last 30 days, and whether its signatures are stale or it has gone silent.
 */
public record Endpoint(String host, String agency, String vendor, String agentVersion, String signatureVersion,
                       LocalDate signaturesUpdated, Instant lastSeen, long detections30d, Long signatureAgeDays,
                       boolean staleSignatures, boolean silent) {

    public boolean flagged() {
        return staleSignatures || silent;
    }
}
