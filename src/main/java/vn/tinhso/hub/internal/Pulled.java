package vn.tinhso.hub.internal;

import java.time.Instant;

/** What one pull wrote to the import file: its records, the pages or batches read, and the newest change among them. */
record Pulled(int records, int pages, Instant newest) {
}
