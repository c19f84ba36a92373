package vn.tinhso.catalog.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.tinhso.catalog.RowProblem;

/**
 * The English text of problems and outcomes that carry only a message code. The stored report, the log and the
 * API keep English; the code is resolved in any module's bundle, since all are registered with the one message source.
 */
@Component
class EnglishTexts {

    private final MessageSource messages;

    EnglishTexts(MessageSource messages) {
        this.messages = messages;
    }

    RowProblem english(RowProblem problem) {
        if (problem.problem() != null || problem.code() == null) {
            return problem;
        }
        return problem.withProblem(english(problem.code(), problem.args().toArray()));
    }

    OutcomeText english(OutcomeText outcome) {
        return outcome.english() != null ? outcome : outcome.withEnglish(english(outcome.code(), outcome.args().toArray()));
    }

    private String english(String code, Object[] args) {
        return messages.getMessage(code, args, code, Locale.ENGLISH);
    }
}
