package vn.coordreport.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.coordreport.catalog.AgreementSummary;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.ReportRequestStatus;
import vn.coordreport.pipeline.ReportRequests;
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

    RequestsPage(ReportRequests requests, RecentRequests visible, VisibleAgreements agreements, AgreementsPage home,
            CurrentUser user, AuditLog audit) {
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
            problem = problem != null ? problem : "Kỳ báo cáo không hợp lệ: hãy viết 2021, 2021-H1, 2021-H2, 2020-9M, "
                    + "2021-Q3 hoặc một khoảng ngày như 2016-06-25..2023-10-25.";
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
        model.addAttribute("progress", RequestProgress.of(request));
        model.addAttribute("agreement", agreements.find(request.agreementCode()));
        return "request";
    }

    /** What the progress page polls. */
    @GetMapping("/requests/{id}/status")
    @ResponseBody
    RequestProgress status(@PathVariable long id) {
        return RequestProgress.of(visible.find(id));
    }
}
