package vn.tinhso.workforce.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.territory.Territory;

/** An organiser's list of trainees for a session: who enrolled, who completed, who got a certificate. */
@Component
class EnrolmentsImportKind implements ImportKind {

    static final String CODE = "workforce.enrolments";

    static final List<String> TRAINEE_TYPES = List.of("civil_servant", "business", "citizen");

    private final TrainingRecords records;
    private final Territory territory;

    EnrolmentsImportKind(TrainingRecords records, Territory territory) {
        this.records = records;
        this.territory = territory;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultDataset() {
        return "workforce.enrolments";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(
                ColumnSpec.required("course", ColumnType.TEXT, "ma_khoa_hoc"),
                ColumnSpec.required("session_start", ColumnType.DATE, "ngay_bat_dau"),
                ColumnSpec.optional("session_end", ColumnType.DATE, "ngay_ket_thuc"),
                ColumnSpec.required("commune", ColumnType.TEXT, "ma_xa", "commune_code"),
                ColumnSpec.required("trainee", ColumnType.TEXT, "ma_hoc_vien"),
                ColumnSpec.required("trainee_type", ColumnType.TEXT, "doi_tuong"),
                ColumnSpec.optional("sex", ColumnType.TEXT, "gioi_tinh"),
                ColumnSpec.optional("completed_on", ColumnType.DATE, "ngay_hoan_thanh"),
                ColumnSpec.optional("certificate", ColumnType.TEXT, "so_chung_nhan"));
    }

    @Override
    public List<String> uniqueKey() {
        return List.of("course", "session_start", "commune", "trainee");
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        String course = row.text("course");
        if (course == null || records.topicOf(course).isEmpty())
            problems.accept(RowProblem.of(row.line(), "course", "wf.import.problem.noCourse", course));
        LocalDate start = row.date("session_start");
        String commune = row.text("commune");
        if (start != null && (commune == null || territory.unit(commune, start).filter(u -> u.level().equals("commune")).isEmpty()))
            problems.accept(RowProblem.of(row.line(), "commune", "wf.import.problem.noCommune", commune, start));
        String type = row.text("trainee_type");
        if (type == null || !TRAINEE_TYPES.contains(type))
            problems.accept(RowProblem.of(row.line(), "trainee_type", "wf.import.problem.traineeType", TRAINEE_TYPES));
        String sex = row.text("sex");
        if (sex != null && !sex.equals("male") && !sex.equals("female"))
            problems.accept(RowProblem.of(row.line(), "sex", "wf.import.problem.sex"));
        LocalDate done = row.date("completed_on");
        if (done != null && start != null && done.isBefore(start))
            problems.accept(RowProblem.of(row.line(), "completed_on", "wf.import.problem.completedBeforeStart", start));
        if (row.text("certificate") != null && done == null)
            problems.accept(RowProblem.of(row.line(), "certificate", "wf.import.problem.certificateNeedsDate"));
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        for (ImportRow r : rows) {
            long session = records.session(r.text("course"), r.date("session_start"), r.date("session_end"), r.text("commune"));
            records.enrol(session, r.text("trainee"), r.text("trainee_type"), r.text("sex"), r.text("commune"),
                    r.date("completed_on"), r.text("certificate"), datasetVersionId);
        }
        // The counts become indicator values once this import has committed: see EnrolmentFigures.
    }
}
