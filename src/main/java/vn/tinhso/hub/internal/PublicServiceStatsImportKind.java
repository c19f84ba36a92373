package vn.tinhso.hub.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ColumnSpec;
import vn.tinhso.catalog.ColumnType;
import vn.tinhso.catalog.ImportKind;
import vn.tinhso.catalog.ImportRow;
import vn.tinhso.catalog.RowProblem;
import vn.tinhso.indicators.DataValue;
import vn.tinhso.indicators.DataValues;
import vn.tinhso.indicators.IndicatorCatalog;
import vn.tinhso.indicators.Period;
import vn.tinhso.indicators.ValueStatus;
import vn.tinhso.territory.Territory;

/**
 * Online public-service statistics, one row per agency, unit and month: dossiers received, received online, processed
 * and processed on time. Each row becomes four data values of the digital-government pack (disaggregated by agency),
 * so the online and on-time rates are indicators like any other, with this version as their source.
 */
@Component
class PublicServiceStatsImportKind implements ImportKind {

    static final String CODE = "hub.public-services";
    static final Map<String, String> ELEMENTS = Map.of("received", "DVC_RECEIVED", "received_online", "DVC_RECEIVED_ONLINE",
            "processed", "DVC_PROCESSED", "processed_on_time", "DVC_PROCESSED_ON_TIME");

    private final DataValues values;
    private final IndicatorCatalog catalog;
    private final Territory territory;

    PublicServiceStatsImportKind(DataValues values, IndicatorCatalog catalog, Territory territory) {
        this.values = values;
        this.catalog = catalog;
        this.territory = territory;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String defaultDataset() {
        return "hub.public-services";
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(
                ColumnSpec.required("agency", ColumnType.TEXT, "co_quan", "agencyCode").withMaxLength(40),
                ColumnSpec.required("unit", ColumnType.TEXT, "ma_don_vi", "unitCode").withMaxLength(10),
                ColumnSpec.required("month", ColumnType.TEXT, "thang").withMaxLength(7),
                ColumnSpec.required("received", ColumnType.INTEGER, "tiep_nhan"),
                ColumnSpec.required("received_online", ColumnType.INTEGER, "truc_tuyen", "receivedOnline"),
                ColumnSpec.required("processed", ColumnType.INTEGER, "da_giai_quyet"),
                ColumnSpec.required("processed_on_time", ColumnType.INTEGER, "dung_han", "processedOnTime"),
                ColumnSpec.optional("updated_at", ColumnType.TEXT, "cap_nhat", "updatedAt").withMaxLength(40));
    }

    @Override
    public List<String> uniqueKey() {
        return List.of("agency", "unit", "month");
    }

    @Override
    public void check(ImportRow row, Consumer<RowProblem> problems) {
        String agency = row.text("agency");
        List<String> agencies = catalog.element("DVC_RECEIVED").map(e -> e.categories().getOrDefault("agency", List.of())).orElse(List.of());
        if (agency != null && !agencies.contains(agency))
            problems.accept(RowProblem.of(row.line(), "agency", "hub.problem.agency", agency, String.join(", ", agencies)));
        YearMonth month = month(row.text("month"));
        if (month == null) problems.accept(RowProblem.of(row.line(), "month", "hub.problem.month", row.text("month")));
        else if (month.isAfter(YearMonth.now())) problems.accept(RowProblem.of(row.line(), "month", "hub.problem.future", row.text("month")));
        String unit = row.text("unit");
        LocalDate asOf = month == null ? LocalDate.now() : month.atEndOfMonth();
        if (unit != null && territory.unit(unit, asOf).isEmpty() && territory.unit(unit, LocalDate.now()).isEmpty())
            problems.accept(RowProblem.of(row.line(), "unit", "hub.problem.unit", unit));
        for (String column : ELEMENTS.keySet()) {
            Long n = row.integer(column);
            if (n != null && n < 0) problems.accept(RowProblem.of(row.line(), column, "hub.problem.positive", n));
        }
        Long received = row.integer("received"), online = row.integer("received_online");
        Long processed = row.integer("processed"), onTime = row.integer("processed_on_time");
        if (received != null && online != null && online > received)
            problems.accept(RowProblem.of(row.line(), "received_online", "hub.problem.partOf", online, received));
        if (processed != null && onTime != null && onTime > processed)
            problems.accept(RowProblem.of(row.line(), "processed_on_time", "hub.problem.partOf", onTime, processed));
        if (!Timestamps.valid(row.text("updated_at")))
            problems.accept(RowProblem.of(row.line(), "updated_at", "hub.problem.updatedAt", row.text("updated_at")));
    }

    @Override
    public void write(List<ImportRow> rows, long datasetVersionId) {
        List<DataValue> out = new ArrayList<>();
        for (ImportRow row : rows) {
            YearMonth month = month(row.text("month"));
            String period = Period.month(month.getYear(), month.getMonthValue()).code();
            ELEMENTS.forEach((column, element) -> out.add(new DataValue(element, "agency=" + row.text("agency"), row.text("unit"), period,
                    BigDecimal.valueOf(row.integer(column)), ValueStatus.OFFICIAL)));
        }
        values.write(out, datasetVersionId, Instant.now());
    }

    @Override
    public Map<String, String> exampleRow() {
        return Map.of("agency", "so_tu_phap", "unit", "24", "month", "2025-03", "received", "1250", "received_online", "980",
                "processed", "1190", "processed_on_time", "1172");
    }

    /** {@code 2025-03} or {@code 202503}. */
    static YearMonth month(String text) {
        if (text == null) return null;
        try {
            return YearMonth.parse(text.length() == 6 ? text.substring(0, 4) + "-" + text.substring(4) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
