package vn.tinhso.hub.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.access.Role;
import vn.tinhso.hub.ExchangeLogVerification;
import vn.tinhso.hub.ShareGrant;
import vn.tinhso.hub.ShareReceipt;
import vn.tinhso.hub.SharedPage;
import vn.tinhso.platform.NotFoundException;
import vn.tinhso.hub.Sharing;

/** The sharing API for other agencies' systems (an API token with scope {@code hub:read}), and its administration. */
@RestController
@RequestMapping("/api/hub")
class ShareApi {

    private final Sharing sharing;

    ShareApi(Sharing sharing) {
        this.sharing = sharing;
    }

    /** A page of a dataset within the caller's grant: its columns, its territory, personal columns masked. */
    @GetMapping("/share/{dataset}")
    ResponseEntity<?> share(@PathVariable String dataset, @RequestParam(defaultValue = "1") int page,
                            @RequestParam(defaultValue = "100") int size, @RequestParam(required = false) String after,
                            Principal principal, HttpServletRequest request) {
        String line = request.getMethod() + " " + request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            SharedPage answer = sharing.share(principal.getName(), dataset, page, size, after, line);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header("X-Exchange-Log-Id", Long.toString(answer.logId()))
                    .header("X-Exchange-Hash", answer.hash()).body(answer.body());
        } catch (Sharing.NoGrant e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()
                    + ". Ask the data center for a grant naming the dataset, its columns, your territory and your purpose.");
            problem.setTitle("No grant for this dataset");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }

    /** The signed receipt of an answer ({@code X-Exchange-Log-Id}), for the consumer that received it. */
    @GetMapping("/share/receipts/{logId}")
    ShareReceipt receipt(@PathVariable long logId, Principal principal) {
        return sharing.receipt(principal.getName(), logId).orElseThrow(() -> new NotFoundException("no answer " + logId + " was given to you"));
    }

    @GetMapping("/share")
    Map<String, List<String>> datasets() {
        return sharing.datasets();
    }

    record ConsumerForm(String username, String name) {
    }

    @PostMapping("/consumers")
    @PreAuthorize(Role.IS_ADMIN)
    Map<String, String> consumer(@RequestBody ConsumerForm form) {
        if (form.username() == null || form.username().isBlank() || form.name() == null || form.name().isBlank())
            throw new IllegalArgumentException("a consumer needs the user name its token belongs to and a name");
        sharing.registerConsumer(form.username().strip(), form.name().strip());
        return Map.of("username", form.username().strip());
    }

    @PostMapping("/grants")
    @PreAuthorize(Role.IS_ADMIN)
    Map<String, Long> grant(@RequestBody ShareGrant grant) {
        return Map.of("id", sharing.grant(grant));
    }

    @GetMapping("/grants")
    @PreAuthorize(Role.IS_ADMIN)
    List<ShareGrant> grants() {
        return sharing.grants();
    }

    @GetMapping("/exchange-log/verification")
    @PreAuthorize(Role.IS_ADMIN)
    ExchangeLogVerification verify() {
        return sharing.verifyLog();
    }
}
