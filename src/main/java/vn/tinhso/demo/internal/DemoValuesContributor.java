package vn.tinhso.demo.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.demo.DemoContext;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.indicators.DataValue;

/** The demo province's statistics and survey answers, imported as the statistics office's template would be. */
@Component
class DemoValuesContributor implements DemoDataContributor {

    private final DigitalProvinceDemoData data;
    private final Imports imports;

    DemoValuesContributor(DigitalProvinceDemoData data, Imports imports) {
        this.data = data;
        this.imports = imports;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String name() {
        return "indicator values";
    }

    @Override
    public void contribute(DemoContext context) {
        StringBuilder csv = new StringBuilder("element,unit,period,value,disaggregation,status\n");
        for (DataValue v : data.generate(context.provinceCode()))
            csv.append(v.element()).append(',').append(v.unit()).append(',').append(v.period()).append(',')
                    .append(v.value().toPlainString()).append(',').append(v.disaggregation()).append(',').append(v.status()).append('\n');
        ImportJob job = imports.runNow(new ImportRequest("demo-statistics-bac-giang-2022-2024.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                "indicators.data-values", null, context.source(), context.username(), false));
        // DUPLICATE: the identical file was imported before, its rows are there.
        if (job.status() != ImportStatus.ACCEPTED && job.status() != ImportStatus.DUPLICATE)
            throw new IllegalStateException("the demo statistics were not accepted: " + job.message() + " " + job.problems());
    }
}
