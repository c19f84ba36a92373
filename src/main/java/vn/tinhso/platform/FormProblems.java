package vn.tinhso.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** What the binder and the validator found on a form, one line per problem, field first, in the reader's language. */
public final class FormProblems {

    private FormProblems() {
    }

    public static String describe(BindingResult binding, MessageSource messages, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (FieldError e : binding.getFieldErrors()) lines.add(e.getField() + ": " + messages.getMessage(e, locale));
        for (ObjectError e : binding.getGlobalErrors()) lines.add(messages.getMessage(e, locale));
        return String.join("; ", lines);
    }
}
