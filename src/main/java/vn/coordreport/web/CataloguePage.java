package vn.coordreport.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.coordreport.catalog.CodeCatalogue;

/** The catalogue of fields and indicators with the codes files use, searched on the server (issue #17, point 4). */
@Controller
class CataloguePage {

    private final CodeCatalogue catalogue;

    CataloguePage(CodeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/catalogue")
    String catalogue(@RequestParam(name = "q", required = false) String search, Model model) {
        String q = search == null ? "" : search.strip();
        model.addAttribute("q", q);
        model.addAttribute("fields", catalogue.fields(q));
        model.addAttribute("indicators", catalogue.indicators(q));
        return "catalogue";
    }
}
