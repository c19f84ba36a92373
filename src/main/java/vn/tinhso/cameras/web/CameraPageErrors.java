package vn.tinhso.cameras.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import vn.tinhso.platform.NotFoundException;

/** A camera, hit or violation that does not exist (or is not open to the reader) is a 404 page, not a 500. */
@ControllerAdvice(assignableTypes = CameraPages.class)
class CameraPageErrors {

    @ExceptionHandler(NotFoundException.class)
    void notFound(NotFoundException e, HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value(), e.getMessage());
    }
}
