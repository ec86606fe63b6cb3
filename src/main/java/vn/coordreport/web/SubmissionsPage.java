package vn.coordreport.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.coordreport.catalog.AgreementSummary;
import vn.coordreport.files.FileNames;
import vn.coordreport.ingest.Templates;
import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.security.CurrentUser;
import vn.coordreport.submission.SubmissionRow;
import vn.coordreport.submission.Submissions;

/**
 * "Tình hình gửi số liệu": per period, which party agencies have sent their data and whether on time, for the
 * agreements of the user's province; and the Excel template of an agreement, to fill and import.
 */
@Controller
class SubmissionsPage {

    private final Submissions submissions;
    private final Templates templates;
    private final VisibleAgreements agreements;
    private final CurrentUser user;
    private final Clock clock;

    SubmissionsPage(Submissions submissions, Templates templates, VisibleAgreements agreements, CurrentUser user,
            Clock clock) {
        this.submissions = submissions;
        this.templates = templates;
        this.agreements = agreements;
        this.user = user;
        this.clock = clock;
    }

    @GetMapping("/submissions")
    String submissions(@RequestParam(required = false) String period, @RequestParam(required = false) String agreement,
            Model model, HttpServletResponse response) {
        Period shown = PeriodCalendar.DECREE_09.periodOf(Period.Kind.HALF, LocalDate.now(clock).minusMonths(1));
        try {
            shown = Objects.requireNonNullElse(Period.parseIfGiven(period), shown);
        } catch (IllegalArgumentException mistyped) {
            // '2019-H9': said above the table, which then shows the latest half-year; the text stays in the field
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", Messages.text("web.submissions.periodMistyped", mistyped.getMessage(),
                    shown.vietnameseName()));
        }
        String code = agreement == null || agreement.isBlank() ? null : agreements.find(agreement).code();
        List<AgreementSummary> visible = agreements.list();
        Set<String> codes = visible.stream().map(AgreementSummary::code).collect(Collectors.toSet());
        List<SubmissionRow> rows = submissions.of(shown, code, user.province().orElse(null)).stream()
                .filter(r -> codes.contains(r.agreementCode())).toList();
        model.addAttribute("period", model.containsAttribute("problem") ? period : shown.toString());
        model.addAttribute("periodCode", shown.toString());
        model.addAttribute("periodName", shown.vietnameseName());
        model.addAttribute("agreement", code == null ? "" : code);
        model.addAttribute("agreements", visible);
        model.addAttribute("rows", rows);
        // an office that follows several provinces sees "Sở Ngoại vụ" once per province: each row says whose
        Map<String, String> provinceOf = visible.stream()
                .collect(Collectors.toMap(AgreementSummary::code, AgreementSummary::province, (a, b) -> a));
        model.addAttribute("provinceOf", provinceOf);
        model.addAttribute("manyProvinces", rows.stream().map(r -> provinceOf.get(r.agreementCode())).distinct().count() > 1);
        model.addAttribute("sent", rows.stream().filter(r -> r.lastSent() != null).count());
        model.addAttribute("onTime", rows.stream().filter(r -> r.status() == SubmissionRow.Status.ON_TIME).count());
        return "submissions";
    }

    @GetMapping("/templates")
    ResponseEntity<byte[]> template(@RequestParam String agreement, @RequestParam(required = false) String period)
            throws IOException {
        AgreementSummary a = agreements.find(agreement);
        Period p = parse(period);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        templates.write(a.code(), p, out);
        String name = Templates.fileName(a.code(), p);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition("attachment",
                        name.replaceAll("[^A-Za-z0-9._-]", "-"), name))
                .header("X-Content-Type-Options", "nosniff").body(out.toByteArray());
    }

    /** The template's period, from the page's own link or a hand-written address: the error page says what is wrong. */
    private static Period parse(String period) {
        try {
            return Period.parseIfGiven(period);
        } catch (IllegalArgumentException e) {
            // named as the error page names a parameter of the wrong type: "Kỳ: '2019-H9' không phải là kỳ báo cáo"
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    Messages.text("web.parameterProblem", Messages.text("web.parameter.period"), e.getMessage()));
        }
    }
}
