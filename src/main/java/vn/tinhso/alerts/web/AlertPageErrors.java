package vn.tinhso.alerts.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An incident step out of order is the analyst's to fix: the page answers 400 saying why, not a 500 (an unknown incident
 * is the platform's 404). The REST controller answers problem details through the platform.
 */
@ControllerAdvice(assignableTypes = AlertsPagesController.class)
class AlertPageErrors {

    @ExceptionHandler(IllegalArgumentException.class)
    void badRequest(IllegalArgumentException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value(), e.getMessage());
    }
}
