package vn.tinhso.security.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Who appraises and who approves the dossier of a security level, from a date, and on which legal basis. Authorities
 * are codes ({@link #AUTHORITIES} have names in both languages); an administrator may enter another code.
 */
public record LegalRule(long id, int level, LocalDate effectiveFrom, String basis, String appraiser, String approver,
                        String note, String changedBy, Instant changedAt) {

    public static final List<String> AUTHORITIES = List.of("OWNER", "OWNER_INFOSEC_UNIT", "MINISTRY_SPECIALISED_UNIT",
            "MINISTRY_OF_PUBLIC_SECURITY", "GOVERNMENT_CIPHER_COMMITTEE", "PROVINCIAL_PEOPLES_COMMITTEE");

    /** What an administrator enters for a rule. */
    public record Draft(Integer level, LocalDate effectiveFrom, String basis, String appraiser, String approver, String note) {
    }
}
