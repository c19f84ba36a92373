package vn.tinhso.cameras.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes a camera's push off the wire as raw bytes, after authentication and before Spring would parse a multipart body:
 * the receiver needs the parts as the camera sent them (and keeps the whole body when it sets a payload aside).
 * A body over the limit is refused with 413 without being read to the end.
 */
@Component
class CameraPayloadFilter extends OncePerRequestFilter {

    static final String BODY = "vn.tinhso.cameras.payload.body";
    static final String CONTENT_TYPE = "vn.tinhso.cameras.payload.contentType";

    private final int maxBytes;

    CameraPayloadFilter(@Value("${tinhso.cameras.max-payload-bytes:10485760}") int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith(request.getContextPath() + "/api/cameras/events");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            tooLarge(response);
            return;
        }
        request.setAttribute(BODY, body);
        request.setAttribute(CONTENT_TYPE, request.getContentType());
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getContentType() {
                return "application/octet-stream";
            }

            @Override
            public String getHeader(String name) {
                return "content-type".equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
            }
        }, response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setStatus(413);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"title\":\"Payload too large\",\"status\":413,\"detail\":\"A camera payload may hold at most "
                + maxBytes + " bytes.\"}");
    }
}
