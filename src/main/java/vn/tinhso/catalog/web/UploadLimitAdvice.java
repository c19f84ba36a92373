package vn.tinhso.catalog.web;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The upload limit is enforced while the request is parsed, before any controller is chosen, so
 * this advice is not tied to a controller: every oversized upload answers 413 with a problem detail.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final String limit;

    UploadLimitAdvice(@Value("${spring.servlet.multipart.max-file-size:1MB}") String limit) {
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The file is larger than the upload limit of " + limit + ". Split it, or ask the operator to raise TINHSO_MAX_UPLOAD.");
        problem.setTitle("File too large");
        problem.setType(URI.create("https://tinhso.vn/problems/upload-too-large"));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
