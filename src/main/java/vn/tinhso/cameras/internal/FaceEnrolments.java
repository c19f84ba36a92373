package vn.tinhso.cameras.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tinhso.access.PersonalDataReads;
import vn.tinhso.access.Role;

/**
 * Faces on a face watchlist: an enrolment id the cameras match on the device, or an embedding the platform matches by
 * cosine similarity. Biometric data: only a face analyst (or an administrator) with a stated purpose enrols, and every
 * enrolment is audited through the personal-data gate.
 */
@Service
public class FaceEnrolments {

    private final Watchlists watchlists;
    private final PersonalDataReads gate;

    FaceEnrolments(Watchlists watchlists, PersonalDataReads gate) {
        this.watchlists = watchlists;
        this.gate = gate;
    }

    public record Enrolment(String watchlist, String watchlistName, String enrollmentId, List<Double> embedding, String reason,
                            LocalDate validFrom, LocalDate validTo, String purpose) {
    }

    @Transactional
    public long enrol(Enrolment e, String actor) {
        if ((e.enrollmentId() == null || e.enrollmentId().isBlank()) && (e.embedding() == null || e.embedding().isEmpty())) {
            throw new IllegalArgumentException("an enrolment needs an enrolment id or an embedding");
        }
        if (e.embedding() != null && e.embedding().stream().anyMatch(v -> v == null || v.isNaN() || v.isInfinite())) {
            throw new IllegalArgumentException("the embedding holds a value that is not a number");
        }
        gate.authorize("face-enrolment", e.enrollmentId() == null ? e.watchlist() : e.enrollmentId(), e.purpose(), Role.ADMIN, Role.FACE_ANALYST);
        Watchlists.Watchlist list = watchlists.ensure(e.watchlist(), e.watchlistName() == null ? e.watchlist() : e.watchlistName(),
                "face", "enrolment", actor, List.of(Role.ADMIN.name(), Role.FACE_ANALYST.name()));
        double[] vector = e.embedding() == null || e.embedding().isEmpty() ? null
                : e.embedding().stream().mapToDouble(Double::doubleValue).toArray();
        return watchlists.add(list.id(), null, e.reason(), e.validFrom() == null ? LocalDate.now() : e.validFrom(), e.validTo(),
                e.enrollmentId(), vector, actor);
    }
}
