package vn.coordreport.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.coordreport.ingest.ImportHistory;
import vn.coordreport.ingest.ImportSummary;
import vn.coordreport.messages.Messages;
import vn.coordreport.security.CurrentUser;

/**
 * One import of the history: its source, who and when, its files and their rows, and the undo button the history
 * has. A user limited to a province finds only the imports the history shows them; another is not found (404), so
 * that its number says nothing of another province's work.
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
    String one(@PathVariable("id") long id, Model model) {
        ImportSummary found = imports.one(id, user.province().orElse(null))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        PageFormat.capitalised(Messages.text("api.noImport", String.valueOf(id))) + "."));
        model.addAttribute("h", found);
        model.addAttribute("files", imports.files(id));
        return "import";
    }
}
