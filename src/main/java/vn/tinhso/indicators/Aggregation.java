package vn.tinhso.indicators;

/** How a data element's values combine over units and over periods, after DHIS2's aggregation types. */
public enum Aggregation {
    /** Sum over units and over periods (sales, counts of events). */
    SUM,
    /** Mean of all values (prices, speeds). */
    AVERAGE,
    /** Sum over units for each period, then the mean over periods (stock of subscribers by month). */
    AVERAGE_SUM_ORG_UNIT,
    /** Per unit the value of its latest period inside the requested one, summed over units (survey rounds, registries). */
    LAST,
    MAX,
    MIN,
    COUNT
}
