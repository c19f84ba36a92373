package vn.tinhso.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The thing asked for does not exist: the API answers 404 with this message as problem details, and a page
 * controller's request ends on the 404 error page with the message (the status travels with the exception, so no module
 * needs an advice of its own).
 */
public class NotFoundException extends ResponseStatusException {

    public NotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, message);
    }

    @Override
    public String getMessage() {
        return getReason();
    }
}
