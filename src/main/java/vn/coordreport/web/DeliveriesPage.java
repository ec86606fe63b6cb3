package vn.coordreport.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.coordreport.catalog.AgreementSearch;
import vn.coordreport.delivery.DeliveryRecord;
import vn.coordreport.delivery.DeliverySearch;
import vn.coordreport.delivery.ReportDelivery;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.CurrentUser;
import vn.coordreport.security.Role;

/**
 * The delivery ledger, a page at a time, and "Gửi lại" for an ADMIN: a FAILED
 * or UNCERTAIN row goes back in the queue exactly as {@code deliveries retry}
 * puts it ({@link ReportDelivery#requeue}); an UNCERTAIN one only once the
 * admin confirms the recipient did not get it.
 */
@Controller
class DeliveriesPage {

    /** The list's search and filters as asked for; each null or blank for none. */
    record Search(String q, String province, String agency, String status, Integer page) {

        /** Whether anything narrows the list, so that an empty one says nothing matched rather than that it is empty. */
        public boolean narrowed() {
            return SearchTerms.anyGiven(q, province, agency, status);
        }
    }

    static final Map<String, String> STATUSES = Map.of("PENDING", "Chờ gửi", "SENDING", "Đang gửi", "SENT", "Đã gửi",
            "FAILED", "Gửi không được", "UNCERTAIN", "Chưa rõ đã đến chưa");

    /** The statuses as the search offers them, in the order a mail goes through them. */
    static final Map<String, String> STATUS_CHOICES = choices(List.of("PENDING", "SENDING", "SENT", "FAILED", "UNCERTAIN"));


    private final DeliverySearch ledger;
    private final ReportDelivery delivery;
    private final AgreementSearch agreements;
    private final VisibleAgreements visible;
    private final AuditLog audit;
    private final CurrentUser user;

    DeliveriesPage(DeliverySearch ledger, ReportDelivery delivery, AgreementSearch agreements, VisibleAgreements visible,
            AuditLog audit, CurrentUser user) {
        this.ledger = ledger;
        this.delivery = delivery;
        this.agreements = agreements;
        this.visible = visible;
        this.audit = audit;
        this.user = user;
    }

    @GetMapping("/deliveries")
    String list(Search search, Model model) {
        Paging paging = Paging.of(search.page(), 0);
        String mine = user.province().orElse(null);
        // the choices the search offers, read once: for the filters typed and for the selects
        List<String> provinces = agreements.provinces(mine);
        List<AgreementSearch.Agency> agencies = agreements.agencies(mine);
        Filters filters = new Filters();
        search = new Search(search.q(), filters.choice("Tỉnh", search.province(), provinces),
                filters.agency("Cơ quan ban hành", search.agency(), agencies),
                filters.choice("Trạng thái", search.status(), STATUS_CHOICES.keySet()), search.page());
        filters.into(model);
        DeliverySearch.Found found = ledger.find(new DeliverySearch.Filter(mine, search.q(), search.province(),
                search.agency(), search.status()), paging.size(), paging.offset());
        model.addAttribute("rows", found.rows());
        model.addAttribute("paging", paging.withTotal(found.total()));
        model.addAttribute("search", search);
        model.addAttribute("provinces", provinces);
        model.addAttribute("agencies", agencies);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("statusChoices", STATUS_CHOICES);
        model.addAttribute("mailConfigured", delivery.mailConfigured());
        return "deliveries";
    }

    private static Map<String, String> choices(List<String> order) {
        Map<String, String> choices = new LinkedHashMap<>();
        order.forEach(status -> choices.put(status, STATUSES.get(status)));
        return java.util.Collections.unmodifiableMap(choices);
    }

    /**
     * ADMIN only (the URL rule and here): the row's report must be of the admin's province's issuing body (its lead
     * agency's), whose mail it is; reading it is not enough.
     */
    @PostMapping("/deliveries/retry")
    String retry(@RequestParam long version, @RequestParam String email,
            @RequestParam(defaultValue = "false") boolean checked, RedirectAttributes redirect) {
        if (!user.roles().contains(Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("only an ADMIN retries a delivery");
        }
        // the ledger's status decides, not the one the form carries
        String stored = delivery.list(visible.versionToActOn(version).agreementCode()).stream()
                .filter(d -> d.versionId() == version && d.email().equalsIgnoreCase(email.strip()))
                .map(DeliveryRecord::status).findFirst().orElse("");
        if (stored.equals("UNCERTAIN") && !checked) {
            redirect.addFlashAttribute("problem", "Thư gửi " + email + " có thể đã đến nơi. Hãy kiểm tra nhật ký máy chủ "
                    + "thư (tìm theo Message-ID) rồi đánh dấu “Đã kiểm tra, người nhận chưa nhận được” trước khi gửi lại.");
            return "redirect:/deliveries";
        }
        try {
            delivery.requeue(version, email, checked);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", "Không có thư nào gửi " + email + " của bản #" + version
                    + " đang ở trạng thái gửi không được hoặc chưa rõ; không có gì thay đổi.");
            return "redirect:/deliveries";
        }
        audit.record("DELIVERY_RETRY", "report/" + version, email + " (" + stored + ")");
        redirect.addFlashAttribute("message", "Đã xếp thư gửi " + email + " của bản #" + version
                + " vào hàng đợi; lần gửi thư tiếp theo sẽ gửi lại.");
        return "redirect:/deliveries";
    }
}
