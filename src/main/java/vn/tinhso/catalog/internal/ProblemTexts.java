package vn.tinhso.catalog.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.tinhso.catalog.RowProblem;

/**
 * The English text of problems that carry only a message code. The stored report and the API keep English;
 * the code is resolved in any module's bundle, since all are registered with the one message source.
 */
@Component
class ProblemTexts {

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    RowProblem english(RowProblem problem) {
        if (problem.problem() != null || problem.code() == null) {
            return problem;
        }
        return problem.withProblem(messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), Locale.ENGLISH));
    }
}
