package vn.tinhso.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The thing asked for does not exist: the API answers 404 with this message as problem details, and a page
 * controller's request ends on the 404 error page (the status is declared here so no module needs its own advice).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
