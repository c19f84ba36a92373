package vn.tinhso.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch stays on the page: a link relative to the current address that keeps every
 * parameter and only sets {@code lang}. On an error page it keeps the address that failed.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageLinks {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        String query = request.getDispatcherType() == DispatcherType.ERROR
                ? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING)
                : request.getQueryString();
        return Map.of("vi", to("vi", query), "en", to("en", query));
    }

    static String to(String lang, String query) {
        try {
            // The query string arrives encoded as the browser sent it; it is kept as it is.
            return UriComponentsBuilder.newInstance().query(query).replaceQueryParam("lang", lang).build(true).toUriString();
        } catch (IllegalArgumentException badlyEncoded) {
            return "?lang=" + lang;
        }
    }
}
