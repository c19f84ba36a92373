package vn.tinhso.hub;

import java.util.List;

/**
 * Other agencies' systems read the hub's datasets through grants: which columns, which territory, for which purpose,
 * until when. Personal columns stay masked whatever the grant says; every answer is chained into the exchange log.
 */
public interface Sharing {

    /** The datasets that can be shared and their columns. */
    java.util.Map<String, List<String>> datasets();

    void registerConsumer(String username, String name);

    long grant(ShareGrant grant);

    List<ShareGrant> grants();

    /**
     * One page of a dataset for the consumer (the signed-in account), within its grant.
     *
     * @throws NoGrant when the consumer holds no grant for the dataset valid today
     */
    default SharedPage share(String consumer, String dataset, int page, int size, String request) {
        return share(consumer, dataset, page, size, null, request);
    }

    /**
     * As {@link #share(String, String, int, int, String)}; with {@code after} (the {@code next} cursor of the previous
     * answer, opaque and free of personal data) the page starts after that answer's last row instead, as fast at the end of
     * the dataset as at its start ({@code page} is then ignored).
     */
    SharedPage share(String consumer, String dataset, int page, int size, String after, String request);

    /** The signed receipt of one answer, for the consumer it was given to; empty for anybody else. */
    java.util.Optional<ShareReceipt> receipt(String consumer, long logId);

    /** Walks the exchange log and reports the first answer whose link no longer matches. */
    ExchangeLogVerification verifyLog();

    /** The consumer may not read the dataset today. */
    class NoGrant extends RuntimeException {
        public NoGrant(String message) {
            super(message);
        }
    }
}
