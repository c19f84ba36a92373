package vn.tinhso.platform.web;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * One error page in the layout, in the reader's language: what was wrong and where to go next.
 * API clients keep getting problem details. Replaces Spring Boot's Whitelabel page.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController implements ErrorController {

    // A framework message naming Java types (java.lang.String, vn.tinhso.…) says nothing to a reader.
    private static final Pattern JAVA_NAMES = Pattern.compile("\\b(java|jakarta|org|vn|tools)\\.[a-z]+\\.|Exception\\b");

    private final ErrorAttributes errors;

    ErrorPageController(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = statusOf(request);
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("platform/error", status);
        page.addObject("status", status.value());
        page.addObject("kind", kindOf(status));
        page.addObject("detail", detailOf(request, status));
        page.addObject("path", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        return page;
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        String detail = detailOf(request, status);
        if (detail != null) problem.setDetail(detail);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            problem.setInstance(java.net.URI.create(path));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A direct visit to /error carries no status: there is nothing to show there, so it is a 404, not a 500. */
    private static HttpStatus statusOf(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
            HttpStatus status = HttpStatus.resolve(code);
            return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return HttpStatus.NOT_FOUND;
    }

    static String kindOf(HttpStatus status) {
        return switch (status.value()) {
            case 400, 401, 403, 404, 405, 413 -> String.valueOf(status.value());
            default -> status.is4xxClientError() ? "400" : "500";
        };
    }

    private String detailOf(HttpServletRequest request, HttpStatus status) {
        if (!status.is4xxClientError()) return null;
        ServletWebRequest web = new ServletWebRequest(request);
        Throwable error = errors.getError(web);
        if (error instanceof TypeMismatchException mismatch) {
            String name = mismatch.getPropertyName() != null ? mismatch.getPropertyName() : "?";
            return "'" + name + "' = '" + mismatch.getValue() + "'";
        }
        Map<String, Object> attributes = errors.getErrorAttributes(web, ErrorAttributeOptions.of(ErrorAttributeOptions.Include.MESSAGE));
        Object message = attributes.get("message");
        if (!(message instanceof String text) || text.isBlank() || "No message available".equals(text)) return null;
        return JAVA_NAMES.matcher(text).find() ? null : text;
    }
}
