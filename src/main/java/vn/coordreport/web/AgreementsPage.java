package vn.coordreport.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.catalog.AgreementSearch;
import vn.coordreport.catalog.AgreementSummary;
import vn.coordreport.security.CurrentUser;

/**
 * The home page: the agreements the user may see, a page at a time, found by words, province, agency or whether in
 * force, with their latest reports, and the form to request one.
 */
@Controller
class AgreementsPage {

    static final int REPORTS_SHOWN = 6;

    private final VisibleAgreements agreements;
    private final RecentRequests requests;
    private final AgreementSearch searcher;
    private final CurrentUser user;

    AgreementsPage(VisibleAgreements agreements, RecentRequests requests, AgreementSearch searcher, CurrentUser user) {
        this.searcher = searcher;
        this.user = user;
        this.agreements = agreements;
        this.requests = requests;
    }

    /** One agreement with its latest reports. */
    record Row(AgreementSummary agreement, List<ArchivedReport> reports) {
    }

    /** The list's search and filters as asked for; each null or blank for none. */
    record Search(String q, String province, String agency, String state, Integer page) {
    }

    @GetMapping("/")
    String home(Search search, Model model) {
        fill(model, new RequestForm(null, null, "PDF", "DRAFT"), search);
        return "index";
    }

    /** The page's model; {@link RequestsPage} shows it again with the form's errors. */
    void fill(Model model, RequestForm form) {
        fill(model, form, new Search(null, null, null, null, 1));
    }

    private void fill(Model model, RequestForm form, Search search) {
        Paging paging = Paging.of(search.page(), 0);
        String mine = user.province().orElse(null);
        // the choices the search offers, read once: for the filters typed and for the selects
        List<String> provinces = searcher.provinces(mine);
        List<AgreementSearch.Agency> agencies = searcher.agencies(mine);
        Filters filters = new Filters();
        search = new Search(search.q(), filters.choice("Tỉnh", search.province(), provinces),
                filters.agency("Cơ quan", search.agency(), agencies),
                filters.choice("Hiệu lực", search.state(), List.of("ACTIVE", "ENDED")), search.page());
        filters.into(model);
        AgreementSearch.Found found = searcher.find(new AgreementSearch.Filter(mine, search.q(), search.province(),
                search.agency(), search.state()), paging.size(), paging.offset());
        List<Row> rows = found.agreements().stream()
                .map(a -> new Row(a, agreements.latestReports(a.code(), REPORTS_SHOWN))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("paging", paging.withTotal(found.total()));
        model.addAttribute("search", search);
        model.addAttribute("choices", agreements.requestable());
        model.addAttribute("provinces", provinces);
        model.addAttribute("agencies", agencies);
        model.addAttribute("form", form);
        model.addAttribute("requests", requests.recent());
        model.addAttribute("statusLabels", RequestProgress.LABELS);
    }
}
