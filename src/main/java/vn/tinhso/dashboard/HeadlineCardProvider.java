package vn.tinhso.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A module's figures on the home page; modules appear in dependency order, a module's cards in the order it gives. */
public interface HeadlineCardProvider {

    List<HeadlineCard> cards(Request request);

    /** The province and the date the home page describes, and the reader's locale for formatting. */
    record Request(String province, LocalDate asOf, Locale locale) {
    }
}
