package vn.tinhso.security.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A wrong system, run or scenario in the address, or a value a form cannot take, is the reader's to fix: the error page
 * says what with a 404 or 400, not a 500. The module's REST controllers answer problem details through the platform.
 */
@ControllerAdvice(assignableTypes = {GovernancePages.class, DrillPages.class, EndpointPages.class, ReportPages.class})
class SecurityPageErrors {

    @ExceptionHandler(IllegalArgumentException.class)
    void badRequest(IllegalArgumentException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value(), e.getMessage());
    }
}
