package vn.coordreport.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.AgreementSummary;
import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.pipeline.ReportRequestStatus;
import vn.coordreport.pipeline.ReportRequests;
import vn.coordreport.render.Format;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.CurrentUser;

@RestController
@Tag(name = "api.doc.tag.requests")
@RequestMapping("/api/report-requests")
class ReportRequestsController {

    private final ReportRequests requests;
    private final AgreementCatalog catalog;
    private final Provinces provinces;
    private final CurrentUser user;
    private final AuditLog audit;

    ReportRequestsController(ReportRequests requests, AgreementCatalog catalog, Provinces provinces, CurrentUser user,
            AuditLog audit) {
        this.requests = requests;
        this.catalog = catalog;
        this.provinces = provinces;
        this.user = user;
        this.audit = audit;
    }

    /** What is asked for; {@code format} pdf or docx, {@code calendar} decree-09 or calendar (else the agreement's). */
    record NewRequest(String agreement, String period, String format, @JsonProperty("final") Boolean finalReport,
            String calendar) {
    }

    record RequestView(long id, String agreement, String period, String format,
            @JsonProperty("final") boolean finalReport, String status, int percent, String step, Long versionId,
            String download, String error, String requestedBy, OffsetDateTime requestedAt, OffsetDateTime finishedAt) {

        static RequestView of(ReportRequestStatus s) {
            return new RequestView(s.id(), s.agreementCode(), s.period(), s.format(), s.finalReport(), s.status(),
                    s.percent(), s.step(), s.versionId(),
                    s.versionId() == null ? null : "/api/reports/" + s.versionId() + "/content", s.error(),
                    s.requestedBy(), s.requestedAt(), s.finishedAt());
        }
    }

    @Operation(summary = "api.doc.requests.create.summary", description = "api.doc.requests.create.description")
    @PostMapping
    ResponseEntity<RequestView> submit(@RequestBody NewRequest body) {
        if (body.agreement() == null || body.agreement().isBlank()) {
            throw new IllegalArgumentException(Messages.text("api.agreementRequired"));
        }
        AgreementSummary agreement = catalog.find(body.agreement())
                .orElseThrow(() -> provinces.unknown(body.agreement()));
        // the report is the lead agency's: headed by it and numbered in its register, and requested by its province
        user.requireProvince(agreement.leadAgencyProvince());
        if (body.period() == null) {
            throw new IllegalArgumentException(Messages.text("api.periodRequired"));
        }
        Period period = ApiProblems.field("period", () -> Period.parse(body.period()));
        Format format = ApiProblems.field("format", () -> format(body.format()));
        PeriodCalendar calendar = body.calendar() == null || body.calendar().isBlank() ? null
                : ApiProblems.field("calendar", () -> PeriodCalendar.fromId(body.calendar()));
        boolean finalReport = Boolean.TRUE.equals(body.finalReport());
        ReportRequestStatus status;
        try {
            status = requests.submit(agreement.code(), period, calendar, format, finalReport, user.username());
        } catch (IllegalStateException e) {
            throw new ApiProblems.Busy(e.getMessage(), e);
        }
        // recorded as the page records it: the request as the target, what was asked as the detail
        audit.record("REPORT_REQUEST", "request/" + status.id(), agreement.code() + " " + period + " " + format
                + (finalReport ? " FINAL" : " DRAFT"));
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/report-requests/" + status.id()))
                .body(RequestView.of(status));
    }

    @Operation(summary = "api.doc.requests.one.summary")
    @GetMapping("/{id}")
    RequestView one(@PathVariable long id) {
        ReportRequestStatus status = requests.find(id).orElseThrow(() -> new NotFound(Messages.text("api.noReportRequest", String.valueOf(id))));
        provinces.requireReport(status.agreementCode());
        return RequestView.of(status);
    }

    @Operation(summary = "api.doc.requests.recent.summary")
    @GetMapping
    List<RequestView> recent(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException(Messages.text("api.limit"));
        }
        Function<String, Boolean> visible = provinces.reportsVisible();
        return requests.recent(limit).stream().filter(s -> visible.apply(s.agreementCode())).map(RequestView::of).toList();
    }

    private static Format format(String text) {
        if (text == null || text.isBlank()) {
            return Format.PDF;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "pdf" -> Format.PDF;
            case "docx" -> Format.DOCX;
            default -> throw new IllegalArgumentException(Messages.text("api.unknownFormat", text));
        };
    }
}
