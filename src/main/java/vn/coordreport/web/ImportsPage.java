package vn.coordreport.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.coordreport.ingest.ImportHistory;
import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.Importer;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.CurrentUser;

/**
 * Uploads of coordination data: a {@code .zip} of CSV files or an {@code .xlsx}
 * workbook, checked exactly as the {@code import} command checks a folder; the
 * problems are shown by file, then line.
 */
@Controller
class ImportsPage {

    private final Importer importer;
    private final CurrentUser user;
    private final AuditLog audit;
    private final ImportHistory imports;

    ImportsPage(Importer importer, CurrentUser user, AuditLog audit, ImportHistory imports) {
        this.imports = imports;
        this.importer = importer;
        this.user = user;
        this.audit = audit;
    }

    /** The history's search and filters as asked for; each null or blank for none. */
    record Search(String q, String status, Integer page) {
    }

    @GetMapping("/imports")
    String imports(Search search, Model model) {
        history(model, search);
        return "imports";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun, Model model,
            HttpServletResponse response) {
        if (file == null || file.isEmpty()) {
            return refused(model, response, "Hãy chọn một tệp .zip (gồm các tệp CSV) hoặc .xlsx để tải lên.");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        ImportOutcome outcome;
        try (InputStream content = file.getInputStream()) {
            outcome = importer.importUpload(name, content, dryRun, user.username(), user.province().orElse(null));
        } catch (IllegalArgumentException e) {
            audit.record("IMPORT", "upload", "refused " + name + ": " + e.getMessage());
            return refused(model, response, "Tệp không nhập được: " + e.getMessage());
        } catch (IOException e) {
            return refused(model, response, "Không đọc được tệp tải lên: " + e.getMessage());
        }
        audit.record("IMPORT", outcome.importId() == null ? "upload" : "import/" + outcome.importId(),
                outcome.status() + " " + name + ", " + outcome.rows() + " rows, " + outcome.problemCount() + " problems"
                        + (dryRun ? " (dry run)" : ""));
        if (outcome.status() == ImportStatus.REJECTED) {
            response.setStatus(422);
        }
        model.addAttribute("uploaded", name);
        model.addAttribute("outcome", outcome);
        model.addAttribute("problemsByFile", byFile(outcome.problems()));
        history(model, new Search(null, null, 1));
        return "imports";
    }

    private String refused(Model model, HttpServletResponse response, String message) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problem", message);
        history(model, new Search(null, null, 1));
        return "imports";
    }

    /** The problems grouped by file, in the importer's order (files in dependency order, then lines). */
    static Map<String, List<ImportProblem>> byFile(List<ImportProblem> problems) {
        Map<String, List<ImportProblem>> files = new LinkedHashMap<>();
        problems.forEach(p -> files.computeIfAbsent(p.file(), f -> new java.util.ArrayList<>()).add(p));
        return files;
    }

    /** The newest imports the user may see, a page at a time: a user limited to a province, those of that province. */
    private void history(Model model, Search search) {
        Paging paging = Paging.of(search.page(), 0);
        ImportHistory.Found found = imports.find(new ImportHistory.Filter(user.province().orElse(null), search.q(),
                search.status()), paging.size(), paging.offset());
        model.addAttribute("history", found.imports());
        model.addAttribute("paging", paging.withTotal(found.total()));
        model.addAttribute("search", search);
    }
}
