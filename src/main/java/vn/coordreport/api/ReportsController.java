package vn.coordreport.api;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.period.Period;
import vn.coordreport.render.Format;
import vn.coordreport.security.AuditLog;

import vn.coordreport.messages.Messages;

@RestController
@Tag(name = "api.doc.tag.reports")
@RequestMapping("/api/reports")
class ReportsController {

    private final ReportArchive archive;
    private final Provinces provinces;
    private final AuditLog audit;

    ReportsController(ReportArchive archive, Provinces provinces, AuditLog audit) {
        this.archive = archive;
        this.provinces = provinces;
        this.audit = audit;
    }

    @Operation(summary = "api.doc.reports.list.summary")
    @GetMapping
    List<ArchivedReport> list(@RequestParam(required = false) String agreement,
            @RequestParam(required = false) String period) {
        Function<String, Boolean> visible = provinces.reportsVisible();
        return archive.list(agreement, ApiProblems.parameter("period", () -> Period.parseIfGiven(period))).stream().filter(v -> visible.apply(v.agreementCode())).toList();
    }

    @Operation(summary = "api.doc.reports.one.summary")
    @GetMapping("/{id}")
    ArchivedReport one(@PathVariable long id) {
        return visible(id);
    }

    @Operation(summary = "api.doc.reports.content.summary", description = "api.doc.reports.content.description")
    @GetMapping("/{id}/content")
    ResponseEntity<byte[]> content(@PathVariable long id, WebRequest request) {
        ArchivedReport version = visible(id);
        String etag = "\"" + version.sha256() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        byte[] content = archive.content(id);
        audit.record("DOWNLOAD", "report version #" + id, version.fileName());
        Format format = Format.valueOf(version.format().toUpperCase(Locale.ROOT));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.contentDisposition(version))
                .eTag(etag)
                .body(content);
    }

    private ArchivedReport visible(long id) {
        ArchivedReport version = archive.find(id).orElseThrow(() -> new NotFound(Messages.text("api.noReportVersion", String.valueOf(id))));
        provinces.requireReport(version.agreementCode());
        return version;
    }
}
