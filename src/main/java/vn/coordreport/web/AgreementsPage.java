package vn.coordreport.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.catalog.AgreementSummary;

/** The home page: the agreements the user may see, their latest reports, and the form to request one. */
@Controller
class AgreementsPage {

    static final int REPORTS_SHOWN = 6;

    private final VisibleAgreements agreements;
    private final RecentRequests requests;

    AgreementsPage(VisibleAgreements agreements, RecentRequests requests) {
        this.agreements = agreements;
        this.requests = requests;
    }

    /** One agreement with its latest reports. */
    record Row(AgreementSummary agreement, List<ArchivedReport> reports) {
    }

    @GetMapping("/")
    String home(Model model) {
        fill(model, new RequestForm(null, null, "PDF", "DRAFT"));
        return "index";
    }

    /** The page's model; {@link RequestsPage} shows it again with the form's errors. */
    void fill(Model model, RequestForm form) {
        List<Row> rows = agreements.list().stream()
                .map(a -> new Row(a, agreements.latestReports(a.code(), REPORTS_SHOWN))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("form", form);
        model.addAttribute("requests", requests.recent());
        model.addAttribute("statusLabels", RequestProgress.LABELS);
    }
}
