package vn.coordreport.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.render.Format;
import vn.coordreport.security.AuditLog;

/** {@code GET /reports/{id}/download}: an archived version, as stored, with its name; audited. */
@Controller
class Downloads {

    private final VisibleAgreements agreements;
    private final ReportArchive archive;
    private final AuditLog audit;

    Downloads(VisibleAgreements agreements, ReportArchive archive, AuditLog audit) {
        this.agreements = agreements;
        this.archive = archive;
        this.audit = audit;
    }

    @GetMapping("/reports/{id}/download")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        ArchivedReport version = agreements.version(id);
        byte[] content = archive.content(id);
        audit.record("DOWNLOAD", "report/" + id, version.fileName());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Format.valueOf(version.format()).contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(version))
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    /**
     * {@code attachment; filename="09-QCPH-SNgV-BP_2021_v2.pdf"; filename*=UTF-8''Báo cáo ...}: the ASCII name
     * for old clients, the Vietnamese one (RFC 6266, RFC 5987) for the others. An issued document is named by its
     * number ({@code Báo cáo 09-QCPH-SNgV-BP 2021 số 01-BC-SNgV.pdf}), as the issuing page names the same file:
     * a clerk files it by number.
     */
    static String contentDisposition(ArchivedReport version) {
        return version.contentDisposition();
    }
}
