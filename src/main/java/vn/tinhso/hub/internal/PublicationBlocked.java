package vn.tinhso.hub.internal;

import java.util.List;


/** An open dataset is not published: its registry blocks publication and its latest checked version failed these expectations. */
public class PublicationBlocked extends RuntimeException {

    private final transient List<ExpectationResult> failed;

    PublicationBlocked(String dataset, List<ExpectationResult> failed) {
        super("open dataset " + dataset + " is withheld: version " + failed.get(0).versionId() + " of the " + failed.get(0).registry()
                + " registry failed " + String.join("; ", failed.stream().map(f -> f.expectation() + " (" + f.observed() + ")").toList()));
        this.failed = List.copyOf(failed);
    }

    public List<ExpectationResult> failed() {
        return failed;
    }
}
