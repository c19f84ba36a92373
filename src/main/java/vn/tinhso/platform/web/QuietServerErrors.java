package vn.tinhso.platform.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Error pages tell the user what was wrong with the request (400, 404 …), but a server fault's
 * message can carry SQL or internal names, so a 5xx shows only its status.
 */
@Component
class QuietServerErrors extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        if (attributes.get("status") instanceof Integer status && status >= 500) {
            attributes.put("message", "An unexpected error occurred; it has been logged.");
            attributes.remove("trace");
            attributes.remove("exception");
        }
        return attributes;
    }
}
