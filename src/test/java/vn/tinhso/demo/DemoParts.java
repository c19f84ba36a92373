package vn.tinhso.demo;

import java.util.List;

/** Runs named parts of the demo province in a test, through the same import jobs the generator uses. */
public final class DemoParts {

    private DemoParts() {
    }

    public static void contribute(List<DemoDataContributor> contributors, String... names) {
        DemoContext context = new DemoContext(DemoContext.ARTICLE_DATE, "24", 20240930L, "TinhSo demo generator", "demo-generator");
        for (String name : names) {
            contributors.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no demo part " + name)).contribute(context);
        }
    }
}
