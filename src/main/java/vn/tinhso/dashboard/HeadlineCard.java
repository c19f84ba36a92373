package vn.tinhso.dashboard;

/** One figure on the home page; modules fill the value as they arrive, until then it shows a dash. */
public record HeadlineCard(String key, String titleKey, String value, String captionKey, Object... captionArgs) {
}
