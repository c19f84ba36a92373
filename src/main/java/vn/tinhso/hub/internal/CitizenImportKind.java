package vn.tinhso.hub.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;

/** Citizens from the population registry, with their household and permanent residence. */
@Component
class CitizenImportKind implements ImportKind {

    static final String CODE = "hub.citizens";

    private final MasterRecords records;
    private final KnownPlaces places;

    CitizenImportKind(MasterRecords records, KnownPlaces places) {
        this.records = records;
        this.places = places;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultDataset() {
        return "hub.citizens";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(
                ColumnSpec.required("personal_id", ColumnType.TEXT, "so_dinh_danh", "cccd", "personalId").withMaxLength(20),
                ColumnSpec.required("full_name", ColumnType.TEXT, "ho_ten", "fullName").withMaxLength(200),
                ColumnSpec.required("birth_date", ColumnType.DATE, "ngay_sinh", "birthDate"),
                ColumnSpec.required("sex", ColumnType.TEXT, "gioi_tinh").withMaxLength(10),
                ColumnSpec.optional("ethnicity", ColumnType.TEXT, "dan_toc").withMaxLength(50),
                ColumnSpec.required("commune", ColumnType.TEXT, "ma_xa", "communeCode", "residence_commune").withMaxLength(10),
                ColumnSpec.optional("village", ColumnType.TEXT, "ma_thon", "villageCode").withMaxLength(30),
                ColumnSpec.optional("household", ColumnType.TEXT, "ma_ho", "householdCode").withMaxLength(30),
                ColumnSpec.optional("updated_at", ColumnType.TEXT, "cap_nhat", "updatedAt").withMaxLength(40));
    }

    @Override
    public List<String> uniqueKey() {
        return List.of("personal_id");
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        LocalDate born = row.date("birth_date");
        IdChecks.personalId(row, "personal_id", born, problems);
        String id = row.text("personal_id");
        String sex = Sexes.normal(row.text("sex"));
        if (sex == null)
            problems.accept(RowProblem.of(row.line(), "sex", "hub.problem.sex", row.text("sex")));
        else if (id != null && PersonalId.isValid(id) && !new PersonalId(id).sex().equals(sex))
            problems.accept(RowProblem.of(row.line(), "sex", "hub.problem.personalId.sex", id, sex));
        if (born != null && born.isAfter(LocalDate.now()))
            problems.accept(RowProblem.of(row.line(), "birth_date", "hub.problem.future", born));
        Places.check(row, places, problems);
        if (!Timestamps.valid(row.text("updated_at")))
            problems.accept(RowProblem.of(row.line(), "updated_at", "hub.problem.updatedAt", row.text("updated_at")));
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        records.saveCitizens(rows, datasetVersionId);
    }

    @Override
    public Map<String, String> exampleRow() {
        return Map.of("personal_id", "024195012345", "full_name", "Nguyễn Thị An", "birth_date", "1995-04-12", "sex", "female",
                "ethnicity", "Kinh", "commune", "07210", "household", "HK-07210-0001", "updated_at", "2024-09-01T08:00:00+07:00");
    }
}
