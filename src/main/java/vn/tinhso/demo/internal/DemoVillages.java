package vn.tinhso.demo.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tinhso.catalog.ImportJob;
import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.demo.DemoContext;
import vn.tinhso.demo.DemoDataContributor;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Territory;

/** The generated village list of the demo province, imported as a user's file would be. */
@Component
class DemoVillages implements DemoDataContributor {

    private final Territory territory;
    private final Imports imports;

    DemoVillages(Territory territory, Imports imports) {
        this.territory = territory;
        this.imports = imports;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String name() {
        return "villages";
    }

    @Override
    public void contribute(DemoContext context) {
        List<AdminUnit> communes = territory.units(context.asOf(), "commune", context.provinceCode());
        var villages = VillageListGenerator.generate(communes, context.random("villages"));
        byte[] file = VillageListGenerator.csv(villages, context.asOf().toString()).getBytes(StandardCharsets.UTF_8);
        ImportJob job = imports.runNow(new ImportRequest("demo-villages-bac-giang-2024.csv", file, "territory.villages", null,
                context.source(), context.username(), false));
        // DUPLICATE: the identical list was imported before (a test ran this part alone), its villages are there.
        if (job.status() != ImportStatus.ACCEPTED && job.status() != ImportStatus.DUPLICATE) {
            throw new IllegalStateException("the demo village list was not accepted: " + job.message() + " " + job.problems());
        }
    }
}
