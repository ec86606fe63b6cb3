package vn.coordreport.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.coordreport.catalog.AgreementSearch;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.ReportVersions;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.CurrentUser;

/**
 * The archive: every stored report version the user may see, with its state,
 * number and signature, a page at a time; one version with its signatures,
 * its history (issuing steps and audit entries) and its download.
 */
@Controller
class ArchivePage {

    /** The list's search and filters as asked for; each null or blank for none. */
    record Search(String q, String province, String agency, String state, Integer page) {

        /** Whether anything narrows the list, so that an empty one says nothing matched rather than that it is empty. */
        public boolean narrowed() {
            return SearchTerms.anyGiven(q, province, agency, state);
        }
    }

    private final ReportVersions versions;
    private final AgreementSearch agreements;
    private final Issuing issuing;
    private final AuditLog audit;
    private final CurrentUser user;

    ArchivePage(ReportVersions versions, AgreementSearch agreements, Issuing issuing, AuditLog audit, CurrentUser user) {
        this.versions = versions;
        this.agreements = agreements;
        this.issuing = issuing;
        this.audit = audit;
        this.user = user;
    }

    @GetMapping("/reports")
    String list(Search search, Model model) {
        Paging paging = Paging.of(search.page(), 0);
        String mine = user.province().orElse(null);
        // the choices the search offers, read once: for the filters typed and for the selects
        List<String> provinces = agreements.provinces(mine);
        List<AgreementSearch.Agency> agencies = agreements.agencies(mine);
        Filters filters = new Filters();
        search = new Search(search.q(), filters.choice("Tỉnh", search.province(), provinces),
                filters.agency("Cơ quan ban hành", search.agency(), agencies),
                filters.choice("Trạng thái", search.state(), STATES.keySet()), search.page());
        filters.into(model);
        ReportVersions.Found found = versions.find(new ReportVersions.Filter(mine, SearchTerms.periodAsCode(search.q()), search.province(),
                search.agency(), search.state()), paging.size(), paging.offset());
        model.addAttribute("versions", found.rows());
        model.addAttribute("paging", paging.withTotal(found.total()));
        model.addAttribute("search", search);
        model.addAttribute("provinces", provinces);
        model.addAttribute("agencies", agencies);
        model.addAttribute("states", STATES);
        return "reports";
    }

    @GetMapping("/reports/{id}")
    String one(@PathVariable long id, Model model) {
        // another province's version is refused (403), as its download and the API's are; an unknown one is 404
        ReportVersions.Row version = versions.one(id, user.province().orElse(null))
                .orElseThrow(() -> versions.one(id, null).isPresent()
                        ? new org.springframework.security.access.AccessDeniedException(
                                vn.coordreport.messages.Messages.text("security.otherProvince"))
                        : new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có báo cáo này"));
        List<String> targets = new ArrayList<>(List.of("report/" + id, "report version #" + id, "final/" + id));
        if (version.finalId() != null && version.finalId() != id) {
            targets.add("final/" + version.finalId());
        }
        model.addAttribute("v", version);
        model.addAttribute("steps", version.finalId() == null ? List.of() : issuing.history(version.finalId()));
        model.addAttribute("entries", audit.about(targets, 200));
        model.addAttribute("actions", AuditWording.ACTIONS);
        model.addAttribute("who", Makers.WORDS);
        return "report";
    }

    /** The states to filter by, as the page says them. */
    static final java.util.Map<String, String> STATES = states();

    private static java.util.Map<String, String> states() {
        java.util.Map<String, String> states = new java.util.LinkedHashMap<>();
        states.put("DRAFT", "Dự thảo");
        for (vn.coordreport.issuing.FinalState s : vn.coordreport.issuing.FinalState.values()) {
            states.put(s.name(), s == vn.coordreport.issuing.FinalState.ISSUED ? vn.coordreport.issuing.ReportVersions.ISSUED_FINAL
                    : "Bản chính thức: " + s.label().toLowerCase(java.util.Locale.ROOT));
        }
        states.put("ISSUED_DOCUMENT", "Văn bản đã ban hành (có số)");
        states.put("FINAL", "Bản chính thức khác (Word, lập trước khi có quy trình ban hành)");
        return java.util.Collections.unmodifiableMap(states);
    }
}
