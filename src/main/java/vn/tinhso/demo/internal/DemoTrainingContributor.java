package vn.tinhso.demo.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.demo.DemoContext;
import vn.tinhso.demo.DemoDataContributor;

/** The digital workforce scheme's courses, and the organisers' trainee lists imported as files. */
@Component
class DemoTrainingContributor implements DemoDataContributor {

    private final WorkforceDemo demo;
    private final Imports imports;

    DemoTrainingContributor(WorkforceDemo demo, Imports imports) {
        this.demo = demo;
        this.imports = imports;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String name() {
        return "training";
    }

    @Override
    public void contribute(DemoContext context) {
        demo.setUp();
        StringBuilder csv = new StringBuilder("course,session_start,session_end,commune,trainee,trainee_type,sex,completed_on,certificate\n");
        for (WorkforceDemo.Enrolment e : demo.enrolments(context.provinceCode()))
            csv.append(e.course()).append(',').append(e.start()).append(',').append(e.end()).append(',').append(e.commune()).append(',')
                    .append(e.trainee()).append(',').append(e.type()).append(',').append(e.sex()).append(',')
                    .append(e.completedOn() == null ? "" : e.completedOn()).append(',').append(e.certificate() == null ? "" : e.certificate()).append('\n');
        ImportJob job = imports.runNow(new ImportRequest("demo-trainees-2023-2024.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                "workforce.enrolments", null, context.source(), context.username(), false));
        // DUPLICATE: the identical file was imported before, its rows are there.
        if (job.status() != ImportStatus.ACCEPTED && job.status() != ImportStatus.DUPLICATE)
            throw new IllegalStateException("the demo trainee lists were not accepted: " + job.message() + " " + job.problems());
    }
}
