package vn.coordreport.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.coordreport.ingest.ImportHistory;
import vn.coordreport.ingest.ImportSummary;
import vn.coordreport.messages.Messages;
import vn.coordreport.security.CurrentUser;

/**
 * One import of the history: its source, who and when, its files and their rows, and the undo button the history
 * has. A user limited to a province finds only the imports the history shows them; another is not found (404), so
 * that its number says nothing of another province's work. An address naming no import (a number of none, or no
 * number: {@code /imports/abc}) is the error page, 404, saying which import was asked for, with the way back to the
 * history.
 */
@Controller
class ImportPage {

    private final ImportHistory imports;
    private final CurrentUser user;

    ImportPage(ImportHistory imports, CurrentUser user) {
        this.imports = imports;
        this.user = user;
    }

    @GetMapping("/imports/{id}")
    String one(@PathVariable("id") String id, Model model, HttpServletResponse response) {
        Optional<ImportSummary> found = number(id).flatMap(n -> imports.one(n, user.province().orElse(null)));
        if (found.isEmpty()) {
            model.addAttribute("back", "/imports");
            model.addAttribute("backLabel", "Về lịch sử nhập");
            String detail = id.matches("\\d+")
                    ? PageFormat.capitalised(Messages.text("api.noImport", id)) + "."
                    : Messages.text("web.noImportNamed", id);
            return PageErrors.page(HttpServletResponse.SC_NOT_FOUND, detail, model, response);
        }
        model.addAttribute("h", found.get());
        model.addAttribute("files", imports.files(found.get().id()));
        return "import";
    }

    /** The import's number written in the address, if it is one. */
    private static Optional<Long> number(String id) {
        try {
            return id.matches("\\d{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
