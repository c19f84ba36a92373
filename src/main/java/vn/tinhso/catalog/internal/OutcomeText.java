package vn.tinhso.catalog.internal;

import java.util.Arrays;
import java.util.List;

/** What a finished import says about itself: English for the API and log, a message code and arguments for pages. */
record OutcomeText(String english, String code, List<String> args) {

    OutcomeText {
        args = List.copyOf(args);
    }

    /** Named by code only; {@link EnglishTexts} fills in the English text. */
    static OutcomeText of(String code, Object... args) {
        return new OutcomeText(null, code, Arrays.stream(args).map(String::valueOf).toList());
    }

    OutcomeText withEnglish(String text) {
        return new OutcomeText(text, code, args);
    }
}
