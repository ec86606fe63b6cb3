package vn.coordreport.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.coordreport.ingest.ImportHistory;
import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.Importer;
import vn.coordreport.ingest.PeriodLocks;
import vn.coordreport.ingest.UndoOutcome;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.CurrentUser;
import vn.coordreport.security.Role;

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
    private final PeriodLocks locks;
    private final ImportHistory imports;

    ImportsPage(Importer importer, CurrentUser user, AuditLog audit, PeriodLocks locks, ImportHistory imports) {
        this.locks = locks;
        this.imports = imports;
        this.importer = importer;
        this.user = user;
        this.audit = audit;
    }

    /** The history's search and filters as asked for; each null or blank for none. */
    record Search(String q, String status, Integer page) {

        /** Whether anything narrows the list, so that an empty one says nothing matched rather than nothing was sent. */
        public boolean narrowed() {
            return SearchTerms.anyGiven(q, status);
        }
    }

    @GetMapping("/imports")
    String imports(Search search, Model model) {
        history(model, search);
        return "imports";
    }

    /** The periods locked because their final was issued, those of the user's province. */
    @ModelAttribute("locks")
    List<PeriodLocks.Lock> locks() {
        return locks.locked().stream().filter(l -> user.canSee(l.province())).toList();
    }

    /**
     * Undoes an import of the history (a form session is one), as {@code undo-import} does: an operator of every
     * province, or of the import's province. {@code back=page}: asked from the import's page, which then shows it.
     */
    @PostMapping("/imports/{id}/undo")
    String undo(@org.springframework.web.bind.annotation.PathVariable("id") long id,
            @RequestParam(name = "back", required = false) String back, RedirectAttributes redirect) {
        vn.coordreport.ingest.ImportSummary found = importer.history().stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND, "Không có lần nhập này"));
        user.requireProvince(found.province());
        try {
            UndoOutcome outcome = importer.undo(id);
            audit.record("IMPORT_UNDO", "import/" + id, outcome.total() + " rows removed, " + outcome.restored()
                    + " corrected records restored");
            redirect.addFlashAttribute("undone", "Đã hủy lần nhập #" + id + ": bỏ " + outcome.total() + " dòng"
                    + (outcome.restored() == 0 ? "" : ", khôi phục " + outcome.restored() + " dòng số liệu đã bị sửa")
                    + ".");
        } catch (IllegalArgumentException e) {
            // most reasons begin "không hủy được lần nhập #4: ..." themselves: said once
            String reason = PageFormat.problem(e.getMessage());
            redirect.addFlashAttribute("undoProblem", reason.startsWith("không")
                    ? Character.toUpperCase(reason.charAt(0)) + reason.substring(1)
                    : "Không hủy được lần nhập #" + id + ": " + reason);
        }
        // from the import's own page, back to it (its status changed); from the history, to the history
        return "page".equals(back) ? "redirect:/imports/" + id : "redirect:/imports";
    }

    /** An ADMIN reopens a locked period (issue #17, point 6), audited as the command does. */
    @PostMapping("/imports/reopen")
    String reopen(@RequestParam("agreement") String agreement, @RequestParam("period") String period,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
        if (!user.roles().contains(Role.ADMIN)) {
            throw new AccessDeniedException("only an ADMIN reopens an issued period");
        }
        // another province's agreement is refused before its lock is looked up: whether its period was issued is
        // that province's to know
        locks.issuingProvince(agreement).ifPresent(user::requireProvince);
        PeriodLocks.Lock lock;
        try {
            lock = locks.lockOf(agreement, period);
        } catch (IllegalArgumentException e) {
            // an agreement that is none, a period that is none, or one not locked: said as the command says it
            redirect.addFlashAttribute("reopenProblem", PageFormat.capitalised(e.getMessage()) + ".");
            return "redirect:/imports";
        }
        user.requireProvince(lock.province());
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        locks.reopen(agreement, period, user.username(), why);
        audit.record("REOPEN", lock.agreementCode() + "/" + lock.period(), "mở lại kỳ đã ban hành (số "
                + lock.numberSymbol() + ")" + (why == null ? "" : ": " + why));
        redirect.addFlashAttribute("reopened", "Đã mở lại kỳ " + lock.period() + " của quy chế " + lock.agreementCode()
                + ": dữ liệu của kỳ nhập lại được; bản chính thức lập sau đó sẽ thay thế văn bản số "
                + lock.numberSymbol() + ".");
        return "redirect:/imports";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun, Model model,
            HttpServletResponse response) {
        boolean chosen = file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
        if (chosen && file.isEmpty()) {
            // a file was chosen, with nothing in it: not "choose a file"
            return refused(model, response, "Tệp “" + UploadNames.plain(file.getOriginalFilename()) + "” rỗng (0 byte): "
                    + "hãy chọn lại tệp có dữ liệu.");
        }
        if (file == null || file.isEmpty()) {
            return refused(model, response, "Hãy chọn một tệp .zip (gồm các tệp CSV), một tệp .csv hoặc một tệp .xlsx "
                    + "để tải lên.");
        }
        String given = UploadNames.plain(file.getOriginalFilename());
        // "records (1).csv", as a browser saves a second download, is records.csv: the page says it read it so
        String name = UploadNames.formatName(given);
        if (!name.equals(given)) {
            model.addAttribute("readAs", "Tệp “" + given + "” được đọc là " + name + " (trình duyệt thêm “"
                    + given.substring(name.length() - 4, given.length() - 4).strip() + "” vào tên khi tải về lần nữa).");
        }
        String unknown = UploadNames.unknownCsv(name);
        if (unknown != null) {
            return refused(model, response, unknown);
        }
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
        // a check stays a check: the clerk who mends the file and sends it again checks it again, unless they untick
        model.addAttribute("dryRunChosen", dryRun);
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
        Filters filters = new Filters();
        search = new Search(search.q(), filters.choice("Trạng thái", search.status(), List.of("APPLIED", "UNDONE")),
                search.page());
        filters.into(model);
        ImportHistory.Found found = imports.find(new ImportHistory.Filter(user.province().orElse(null), search.q(),
                search.status()), paging.size(), paging.offset());
        model.addAttribute("history", found.imports());
        model.addAttribute("paging", paging.withTotal(found.total()));
        model.addAttribute("search", search);
    }
}
