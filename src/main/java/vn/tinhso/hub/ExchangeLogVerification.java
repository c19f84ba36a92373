package vn.tinhso.hub;

/** The outcome of walking the sharing exchange log: intact, or the first entry whose hash does not match. */
public record ExchangeLogVerification(boolean intact, long entriesChecked, Long firstBrokenId) {
}
