package vn.coordreport.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.coordreport.issuing.Actor;
import vn.coordreport.issuing.FinalDocument;
import vn.coordreport.issuing.FinalState;
import vn.coordreport.issuing.IssueOutlook;
import vn.coordreport.issuing.IssueRun;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.IssuingRefusal;
import vn.coordreport.issuing.IssuingStep;
import vn.coordreport.issuing.RegisterEntry;
import vn.coordreport.issuing.SigningOutlook;
import vn.coordreport.period.Period;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.CurrentUser;
import vn.coordreport.security.Role;

import vn.coordreport.messages.Messages;

/**
 * The finals on their way out and their steps, taken as the signed-in user:
 * approve, reject (with a comment), sign and issue (with the key's password or
 * PIN in the body, used once and not kept); and the register of outgoing
 * documents. A refused step is a problem with the status of its reason (403
 * role or province, 409 out of order, 400 input or password, 404 unknown).
 */
@RestController
@Tag(name = "api.doc.tag.approvals")
@RequestMapping("/api")
class ApprovalsController {

    /** A step's body: the comment, or the key's password or PIN, and the confirmation of an empty final. */
    record StepRequest(String comment, String password, Boolean confirmEmpty) {
    }

    /**
     * A final, its steps, and what it will say once signed ({@code preview}: its title and signer's name, which
     * {@code document} holds only from its signature on), for a reviewer or signer reading it before; and what the
     * user's next step would do: {@code signing} for a signer when it waits for signature (whose name their key
     * bears, {@code keyNamesAnother}), {@code issue} for a văn thư once signed (the number most likely given, the
     * date, the recipients, what it replaces, {@code signedUnderAnotherName}); null otherwise. Reading takes nothing.
     */
    record FinalWithHistory(FinalDocument document, List<IssuingStep> history, Issuing.Preview preview,
            SigningOutlook signing, IssueOutlook issue) {
    }

    private final Issuing issuing;
    private final CurrentUser user;
    private final AuditLog audit;

    ApprovalsController(Issuing issuing, CurrentUser user, AuditLog audit) {
        this.issuing = issuing;
        this.user = user;
        this.audit = audit;
    }

    @Operation(summary = "api.doc.approvals.list.summary")
    @GetMapping("/approvals")
    List<FinalDocument> list(@RequestParam(required = false) String period) {
        return issuing.list(ApiProblems.parameter("period", () -> Period.parseIfGiven(period)), user.province().orElse(null));
    }

    @Operation(summary = "api.doc.approvals.one.summary")
    @GetMapping("/approvals/{id}")
    FinalWithHistory one(@PathVariable long id) {
        FinalDocument f = visible(id);
        boolean open = !f.superseded();
        return new FinalWithHistory(f, issuing.history(id), issuing.preview(id),
                open && f.state() == FinalState.WAITING_SIGNATURE && user.roles().contains(Role.SIGNER)
                        ? issuing.signingOutlook(id, user.username()) : null,
                open && f.state() == FinalState.SIGNED && user.roles().contains(Role.CLERK)
                        ? issuing.issueOutlook(id) : null);
    }

    @Operation(summary = "api.doc.approvals.document.summary")
    @GetMapping("/approvals/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        FinalDocument f = visible(id);
        audit.record("DOWNLOAD", "final/" + id, f.agreementCode() + " " + f.period() + " (" + f.state() + ")");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.contentDisposition(f))
                .body(issuing.document(id));
    }

    @Operation(summary = "api.doc.approvals.approve.summary")
    @PostMapping("/approvals/{id}/approve")
    FinalDocument approve(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        // the step checks the final's province itself, and says so as a problem (PROVINCE, UNKNOWN)
        return issuing.approve(id, actor(), body == null ? null : body.comment());
    }

    @Operation(summary = "api.doc.approvals.reject.summary")
    @PostMapping("/approvals/{id}/reject")
    FinalDocument reject(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        // the step checks the final's province itself, and says so as a problem (PROVINCE, UNKNOWN)
        return issuing.reject(id, actor(), body == null ? null : body.comment());
    }

    @Operation(summary = "api.doc.approvals.sign.summary")
    @PostMapping("/approvals/{id}/sign")
    FinalDocument sign(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        // the step checks the final's province itself, and says so as a problem (PROVINCE, UNKNOWN)
        return issuing.sign(List.of(id), actor(), password(body)).get(0).document();
    }

    @Operation(summary = "api.doc.approvals.issue.summary")
    @PostMapping("/approvals/{id}/issue")
    IssueRun issue(@PathVariable long id, @RequestBody(required = false) StepRequest body) {
        // the step checks the final's province itself, and says so as a problem (PROVINCE, UNKNOWN)
        return issuing.issue(List.of(id), actor(), password(body),
                body != null && Boolean.TRUE.equals(body.confirmEmpty()));
    }

    @Operation(summary = "api.doc.approvals.register.summary")
    @GetMapping("/register")
    List<RegisterEntry> register(@RequestParam int year, @RequestParam(required = false) String agency) {
        Issuing.registerYear("Tham số 'year'", year);
        ApiProblems.parameter("agency", () -> {
            issuing.requireAgency(agency);
            return agency;
        });
        return issuing.register(year, agency, user.province().orElse(null));
    }

    @ExceptionHandler(IssuingRefusal.class)
    ResponseEntity<ProblemDetail> refused(IssuingRefusal e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.getMessage());
        problem.setProperty("problem", e.problem().name());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        // a locked key says when to try again, as the sign-in's 429 does
        e.retryAfterSeconds().ifPresent(seconds -> answer.header(org.springframework.http.HttpHeaders.RETRY_AFTER,
                String.valueOf(seconds)));
        return answer.body(problem);
    }

    private FinalDocument visible(long id) {
        FinalDocument f = issuing.find(id).orElseThrow(() -> new NotFound(Messages.text("api.noFinal", String.valueOf(id))));
        user.requireProvince(f.province());
        return f;
    }

    private Actor actor() {
        return new Actor(user.username(), user.roles(), user.province().orElse(null));
    }

    private static char[] password(StepRequest body) {
        return body == null || body.password() == null ? new char[0] : body.password().toCharArray();
    }

}
