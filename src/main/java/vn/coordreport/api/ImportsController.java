package vn.coordreport.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.ImportSummary;
import vn.coordreport.ingest.ImportedFile;
import vn.coordreport.ingest.Importer;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.CurrentUser;

import vn.coordreport.messages.Messages;

@RestController
@Tag(name = "api.doc.tag.imports")
@RequestMapping("/api/imports")
class ImportsController {

    private final Importer importer;
    private final CurrentUser user;
    private final AuditLog audit;

    ImportsController(Importer importer, CurrentUser user, AuditLog audit) {
        this.importer = importer;
        this.user = user;
        this.audit = audit;
    }

    /** @param notices what an import taken should still have looked at, as {@code file:line: column: message} */
    record ImportResult(String status, Long importId, long rows, List<ImportedFile> files, List<String> notices) {
    }

    @Operation(summary = "api.doc.imports.upload.summary", description = "api.doc.imports.upload.description")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportResult> upload(@RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        ImportOutcome outcome;
        try (InputStream content = file.getInputStream()) {
            outcome = importer.importUpload(name, content, dryRun, user.username(), user.province().orElse(null));
        }
        if (!dryRun) {
            audit.record("IMPORT", name, outcome.status() + (outcome.importId() == null ? "" : " #" + outcome.importId())
                    + ", " + outcome.rows() + " rows");
        }
        if (outcome.status() == ImportStatus.REJECTED) {
            throw new ApiProblems.RejectedImport(outcome.problemLines(), outcome.problemCount());
        }
        ImportResult result = new ImportResult(outcome.status().name(), outcome.importId(), outcome.rows(), outcome.files(),
                outcome.noticeLines());
        return outcome.status() == ImportStatus.IMPORTED
                ? ResponseEntity.created(URI.create("/api/imports/" + outcome.importId())).body(result)
                : ResponseEntity.ok(result);
    }

    @Operation(summary = "api.doc.imports.history.summary", description = "api.doc.imports.history.description")
    @GetMapping
    List<ImportSummary> history() {
        return importer.history().stream().filter(i -> user.canSee(i.province())).toList();
    }

    @Operation(summary = "api.doc.imports.one.summary", description = "api.doc.imports.one.description")
    @GetMapping("/{id}")
    ImportSummary one(@PathVariable long id) {
        ImportSummary found = importer.history().stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow(() -> new NotFound(Messages.text("api.noImport", String.valueOf(id))));
        user.requireProvince(found.province());
        return found;
    }
}
