package vn.tinhso.alerts.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.tinhso.platform.NotFoundException;

/**
 * An incident step out of order or an unknown incident is the analyst's to fix: the page answers 400 or 404 saying
 * why, not a 500. The REST controller answers problem details through the platform.
 */
@ControllerAdvice(assignableTypes = AlertsPagesController.class)
class AlertPageErrors {

    @ExceptionHandler(NotFoundException.class)
    void notFound(NotFoundException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value(), e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    void badRequest(IllegalArgumentException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value(), e.getMessage());
    }
}
