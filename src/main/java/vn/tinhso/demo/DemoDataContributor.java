package vn.tinhso.demo;

/**
 * A module's share of the demo province: its raw records (villages, towers, surveys…), made from
 * the context's seeded random streams and handed to the module through its ordinary import path,
 * so every figure the pages show is computed from records, never written in as a constant.
 * The generator calls contributors once, on the first start of an empty database, by {@link #order()}.
 */
public interface DemoDataContributor {

    /** Lower runs first; villages are 100, so records that sit in villages come after. */
    int order();

    /** Short name for the log, e.g. {@code villages}. */
    String name();

    void contribute(DemoContext context);
}
