package vn.tinhso.hub;

/** An answer of the sharing API: the JSON body exactly as sent, and the exchange-log entry that records it. */
public record SharedPage(byte[] body, long logId, String hash) {
}
