package vn.tinhso.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An import attempt as a dataset version: its progress while it runs, then its provenance and report.
 * {@code message} is the outcome in English; {@code messageCode} and {@code messageArgs} name it in the
 * catalog's bundles (no code for versions recorded before outcomes had codes). While it runs, {@code rowsTotal} is
 * unknown (0) and {@code bytesDone} of {@code fileSize} tells how far the file was read. {@code referenceDate} is the
 * date the file describes, when its kind asks for one and it was given; {@code warnings} note choices the import made;
 * {@code changes} says what an accepted import changed, when its kind can tell (else null).
 */
public record ImportJob(long id, long datasetId, String dataset, int number, String kind, ImportStatus status,
                        String phase, String source, String fileName, String fileFormat, long fileSize, String sha256,
                        Long sameAs, boolean acceptValidRows, int rowsTotal, int rowsDone, int rowsAccepted,
                        int rowsRejected, String username, Instant createdAt, Instant finishedAt, String message,
                        String messageCode, List<String> messageArgs, List<RowProblem> problems, String log, long bytesDone,
                        LocalDate referenceDate, List<RowProblem> warnings, ImportChanges changes) {

    public ImportJob {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Rows checked so far, as a whole percentage; 100 once the job has finished. */
    public int percent() {
        if (status.finished()) {
            return 100;
        }
        if (rowsTotal > 0) {
            return Math.min(99, (int) (100L * rowsDone / rowsTotal));
        }
        return fileSize == 0 ? 0 : Math.min(99, (int) (100L * bytesDone / fileSize));
    }
}
