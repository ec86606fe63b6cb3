package vn.coordreport.web;

import static vn.coordreport.messages.DateFormats.DAY;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.coordreport.catalog.AgreementSummary;
import vn.coordreport.issuing.FinalState;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.ReportRequestStatus;
import vn.coordreport.pipeline.ReportRequests;
import vn.coordreport.pipeline.ReportTerm;
import vn.coordreport.render.Format;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.CurrentUser;

/**
 * A report asked for from the page: {@code POST /requests} queues it and
 * redirects to its progress page, which polls {@code /requests/{id}/status}
 * (this module's own JSON, on the page's session) until it is done.
 */
@Controller
class RequestsPage {

    private final ReportRequests requests;
    private final RecentRequests visible;
    private final VisibleAgreements agreements;
    private final AgreementsPage home;
    private final CurrentUser user;
    private final AuditLog audit;
    private final ReportTerm term;

    private final Issuing issuing;

    RequestsPage(ReportRequests requests, RecentRequests visible, VisibleAgreements agreements, AgreementsPage home,
            CurrentUser user, AuditLog audit, ReportTerm term, Issuing issuing) {
        this.issuing = issuing;
        this.term = term;
        this.requests = requests;
        this.visible = visible;
        this.agreements = agreements;
        this.home = home;
        this.user = user;
        this.audit = audit;
    }

    @PostMapping("/requests")
    String request(RequestForm form, Model model, HttpServletResponse response) {
        String problem = null;
        Period period = null;
        Format format = null;
        AgreementSummary agreement = null;
        if (form.agreement() == null || form.agreement().isBlank()) {
            problem = "Hãy chọn một quy chế.";
        } else {
            agreement = agreements.forRequest(form.agreement());
        }
        try {
            period = Period.parse(form.period());
        } catch (IllegalArgumentException e) {
            problem = problem != null ? problem : "Kỳ báo cáo không hợp lệ: hãy chọn trong danh sách hoặc viết như "
                    + "“năm 2021”, “6 tháng đầu năm 2021”, “6 tháng cuối năm 2021”, “9 tháng đầu năm 2020”, "
                    + "“quý III năm 2021” hoặc “từ 01/01/2021 đến 31/03/2021”.";
        }
        try {
            format = Format.valueOf(form.format() == null ? "" : form.format().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem = problem != null ? problem : "Định dạng phải là PDF hoặc DOCX.";
        }
        if (form.kind() != null && !form.kind().equals("DRAFT") && !form.kind().equals("FINAL")) {
            problem = problem != null ? problem : "Hãy chọn bản dự thảo hoặc bản chính thức.";
        }
        if (problem != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            home.fill(model, form);
            model.addAttribute("problem", problem);
            return "index";
        }
        boolean finalReport = "FINAL".equals(form.kind());
        ReportRequestStatus status;
        try {
            status = requests.submit(agreement.code(), period, null, format, finalReport, user.username());
        } catch (ReportTerm.OutsideTerm e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            home.fill(model, form);
            model.addAttribute("problem", e.getMessage());
            return "index";
        } catch (IllegalStateException e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            home.fill(model, form);
            model.addAttribute("problem", "Máy chủ đang bận lập nhiều báo cáo; hãy thử lại sau ít phút.");
            return "index";
        }
        audit.record("REPORT_REQUEST", "request/" + status.id(), agreement.code() + " " + period + " " + format
                + (finalReport ? " FINAL" : " DRAFT"));
        return "redirect:/requests/" + status.id();
    }

    @GetMapping("/requests/{id}")
    String progress(@PathVariable long id, Model model) {
        ReportRequestStatus request = visible.find(id);
        model.addAttribute("request", request);
        model.addAttribute("progress", RequestProgress.of(request, note(request)));
        model.addAttribute("agreement", agreements.ofReports(request.agreementCode()));
        return "request";
    }

    /** The periods to pick from for an agreement, in words: what the form's list offers once one is chosen. */
    @GetMapping("/requests/periods")
    @ResponseBody
    java.util.List<String> periods(@org.springframework.web.bind.annotation.RequestParam String agreement) {
        return term.periods(agreements.forRequest(agreement).code()).stream().map(RequestsPage::words).toList();
    }

    /** A period as the form shows and reads it back: {@code 6 tháng đầu năm 2021}, {@code từ 23/02/2021 đến 02/12/2026}. */
    static String words(Period period) {
        if (period.kind() == Period.Kind.RANGE) {
            return "từ " + DAY.format(period.rangeFrom()) + " đến " + DAY.format(period.rangeTo());
        }
        return period.vietnameseName();
    }

    /** What the progress page polls. */
    @GetMapping("/requests/{id}/status")
    @ResponseBody
    RequestProgress status(@PathVariable long id) {
        ReportRequestStatus request = visible.find(id);
        return RequestProgress.of(request, note(request));
    }

    /**
     * A final asked for again after the one before was sent back is made anew for review, even with its data and
     * text unchanged: the office is told which one it replaces, and why that one was sent back.
     */
    private String note(ReportRequestStatus request) {
        if (!request.done() || !request.finalReport() || request.versionId() == null) {
            return null;
        }
        var made = issuing.find(request.versionId());
        if (made.isEmpty()) {
            return null;
        }
        // the one right before it, when it was sent back (every older final names the newest as superseding it)
        return issuing.list(vn.coordreport.period.Period.parse(request.period()), null).stream()
                .filter(f -> f.agreementCode().equals(made.get().agreementCode()) && f.version() < made.get().version())
                .max(java.util.Comparator.comparingInt(vn.coordreport.issuing.FinalDocument::version))
                .filter(f -> f.state() == FinalState.REJECTED)
                .map(f -> "Bản chính thức trước (phiên bản " + f.version() + ") đã bị trả lại" + (f.lastComment() == null
                        ? "" : " (lý do: " + f.lastComment().strip() + ")") + "; đây là bản lập lại với số liệu và nội "
                        + "dung hiện có, đã gửi để xem xét lại.")
                .orElse(null);
    }
}
