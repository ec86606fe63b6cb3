package vn.coordreport.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.coordreport.archive.ReportArchive;
import vn.coordreport.files.FileNames;
import vn.coordreport.issuing.Actor;
import vn.coordreport.issuing.FinalDocument;
import vn.coordreport.issuing.FinalState;
import vn.coordreport.issuing.IssueRun;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.IssuingRefusal;
import vn.coordreport.issuing.StepOutcome;
import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.ReportCurrency;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.CurrentUser;
import vn.coordreport.security.Role;
import vn.coordreport.submission.SubmissionRow;
import vn.coordreport.submission.Submissions;

/**
 * The finals on their way out: what waits for the signed-in user's steps,
 * every final with its state, and one final with its history, its document
 * and the step the user may take on it (approve, reject with a comment, sign
 * or issue with the key's password or PIN, asked here and never kept).
 */
@Controller
class ApprovalsPage {

    private final Issuing issuing;
    private final CurrentUser user;
    private final AuditLog audit;
    private final java.time.ZoneId zone;
    private final ReportArchive archive;
    private final ReportCurrency currency;
    private final Submissions submissions;

    ApprovalsPage(Issuing issuing, CurrentUser user, AuditLog audit, java.time.Clock clock, ReportArchive archive,
            ReportCurrency currency, Submissions submissions) {
        this.issuing = issuing;
        this.user = user;
        this.audit = audit;
        this.zone = clock.getZone();
        this.archive = archive;
        this.currency = currency;
        this.submissions = submissions;
    }

    /** Times are shown in coordreport.time-zone, the zone of the dates the văn thư gives. */
    @org.springframework.web.bind.annotation.ModelAttribute("zone")
    java.time.ZoneId zone() {
        return zone;
    }

    @GetMapping("/approvals")
    String list(@RequestParam(required = false) String period, Model model, HttpServletResponse response) {
        String province = user.province().orElse(null);
        Period narrowed = null;
        try {
            narrowed = Period.parseIfGiven(period);
        } catch (IllegalArgumentException mistyped) {
            // '2019-H9': said above the list, which then is every final; the text stays in the field to be mended,
            // and the batch steps are not offered for a list the user did not mean
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", Messages.text("web.approvals.periodMistyped", mistyped.getMessage()));
            model.addAttribute("mistyped", true);
        }
        List<FinalDocument> all = issuing.list(narrowed, province);
        Set<FinalState> mine = EnumSet.noneOf(FinalState.class);
        if (user.roles().contains(Role.REVIEWER)) {
            mine.add(FinalState.WAITING_REVIEW);
        }
        if (user.roles().contains(Role.SIGNER)) {
            mine.add(FinalState.WAITING_SIGNATURE);
        }
        if (user.roles().contains(Role.CLERK)) {
            mine.add(FinalState.SIGNED);
        }
        List<FinalDocument> waiting = all.stream().filter(f -> mine.contains(f.state()) && !f.superseded()).toList();
        model.addAttribute("waiting", waiting);
        // signed, or to be signed, with a key in another name than the printed signer's: said in the row, since the
        // batch steps below act without opening each final, where its card says it
        model.addAttribute("otherName", waiting.stream().filter(f -> f.state() == FinalState.WAITING_SIGNATURE
                ? issuing.signingOutlook(f.versionId(), user.username()).keyNamesAnother()
                : f.state() == FinalState.SIGNED && issuing.signedUnderAnotherName(f))
                .map(FinalDocument::versionId).collect(java.util.stream.Collectors.toSet()));
        // a final on its way whose period's data changed since it was made: each of its steps would be refused
        model.addAttribute("stale", all.stream().filter(f -> !f.superseded() && (f.state() == FinalState.WAITING_REVIEW
                || f.state() == FinalState.WAITING_SIGNATURE || f.state() == FinalState.SIGNED))
                .filter(f -> archive.find(f.versionId()).map(currency::dataChangedSince).orElse(false))
                .map(FinalDocument::versionId).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("finals", all);
        model.addAttribute("makers", Makers.WORDS);
        model.addAttribute("period", period == null ? "" : period.strip());
        model.addAttribute("signable", all.stream().filter(f -> f.state() == FinalState.WAITING_SIGNATURE
                && !f.superseded()).count());
        model.addAttribute("issuable", all.stream().filter(f -> f.state() == FinalState.SIGNED && !f.superseded())
                .count());
        return "approvals";
    }

    @GetMapping("/approvals/{id}")
    String one(@PathVariable long id, Model model) {
        FinalDocument f = visible(id);
        model.addAttribute("f", f);
        model.addAttribute("preview", issuing.preview(id));
        model.addAttribute("history", issuing.history(id));
        // who took a step: a person by their username, a job by what it does
        model.addAttribute("makers", Makers.WORDS);
        Set<Role> roles = user.roles();
        boolean open = !f.superseded();
        boolean stale = open && f.state() != FinalState.ISSUED && f.state() != FinalState.REJECTED && checks(f, model);
        // a step the final's changed data refuses is not offered: sending it back, or a new final, is
        model.addAttribute("canReview", open && !stale && f.state() == FinalState.WAITING_REVIEW && roles.contains(Role.REVIEWER));
        boolean canSign = open && !stale && f.state() == FinalState.WAITING_SIGNATURE && roles.contains(Role.SIGNER);
        boolean canIssue = open && !stale && f.state() == FinalState.SIGNED && roles.contains(Role.CLERK);
        model.addAttribute("canSign", canSign);
        model.addAttribute("canIssue", canIssue);
        // what the step would do, said before it: whose key signs under whose name; the number, date, recipients
        if (canSign) {
            model.addAttribute("signingOutlook", issuing.signingOutlook(id, user.username()));
            model.addAttribute("noKey", Messages.text("issuing.refusal.page.noUserKey", user.username()));
        }
        if (canIssue) {
            model.addAttribute("issueOutlook", issuing.issueOutlook(id));
        }
        // the văn thư's send-back stands in the issuing card, beside the step it is taken instead of
        model.addAttribute("canSendBack", open && (f.state() == FinalState.WAITING_REVIEW && roles.contains(Role.REVIEWER)
                || f.state() == FinalState.WAITING_SIGNATURE && roles.contains(Role.SIGNER)
                || f.state() == FinalState.SIGNED && roles.contains(Role.CLERK)));
        return "approval";
    }

    /**
     * What those who approve, sign and issue a final should look at before their step, beside the document: the
     * period's data changed since it was made (approving, signing and issuing are then refused), an agency of the
     * agreement that sent nothing for the period (its part of the report is empty), a key task the report calls
     * "chưa thực hiện". True when the data changed.
     */
    private boolean checks(FinalDocument f, Model model) {
        var made = archive.find(f.versionId()).orElseThrow();
        boolean changed = currency.dataChangedSince(made);
        model.addAttribute("dataChanged", changed);
        model.addAttribute("unstarted", currency.unstartedTasks(made));
        model.addAttribute("unsent", submissions.of(Period.parse(f.period()), f.agreementCode(), null).stream()
                .filter(r -> r.status() == SubmissionRow.Status.MISSING || r.status() == SubmissionRow.Status.PENDING)
                .toList());
        return changed;
    }

    @GetMapping("/approvals/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        FinalDocument f = visible(id);
        byte[] pdf = issuing.document(id);
        audit.record("DOWNLOAD", "final/" + id, f.agreementCode() + " " + f.period() + " (" + f.state() + ")");
        // named as the archive names the same file: by its number once issued
        String name = vn.coordreport.archive.ArchivedReport.readableName(f.agreementCode(), f.period(), "",
                f.numberAndSymbol(), "pdf");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition("inline", name))
                .header("X-Content-Type-Options", "nosniff").body(pdf);
    }

    @PostMapping("/approvals/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return step(id, redirect, () -> {
            issuing.approve(id, actor(), comment);
            return "Đã duyệt. Báo cáo được chuyển đến lãnh đạo để ký.";
        });
    }

    @PostMapping("/approvals/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return step(id, redirect, () -> {
            issuing.reject(id, actor(), comment);
            return "Đã trả lại báo cáo kèm lý do. Báo cáo sẽ không được gửi đi; đơn vị soạn thảo sửa rồi lập bản mới.";
        });
    }

    @PostMapping("/approvals/{id}/sign")
    String sign(@PathVariable long id, @RequestParam(required = false) String password, RedirectAttributes redirect) {
        return step(id, redirect, () -> {
            issuing.sign(List.of(id), actor(), secret(password));
            return "Đã ký số. Báo cáo chờ văn thư cấp số và ban hành.";
        });
    }

    @PostMapping("/approvals/{id}/issue")
    String issue(@PathVariable long id, @RequestParam(required = false) String password,
            @RequestParam(defaultValue = "false") boolean confirmEmpty, RedirectAttributes redirect) {
        return step(id, redirect, () -> {
            IssueRun run = issuing.issue(List.of(id), actor(), secret(password), confirmEmpty);
            FinalDocument f = run.outcomes().get(0).document();
            return run.deliveriesOrNull() == null
                    ? "Đã ban hành văn bản số " + f.numberAndSymbol() + ". " + mailsNotSent(run)
                    : allSent(run) ? "Đã ban hành văn bản số " + f.numberAndSymbol() + " và gửi đến "
                            + run.mailsQueued() + " nơi nhận."
                    : "Đã ban hành văn bản số " + f.numberAndSymbol() + ". " + someNotSent(run);
        });
    }

    /** Every approved final of the list (of the user's province), with one password or PIN. */
    @PostMapping("/approvals/sign-all")
    String signAll(@RequestParam(required = false) String period, @RequestParam(required = false) String password,
            RedirectAttributes redirect) {
        Actor actor = actor();
        return batch(redirect, period, () -> {
            List<Long> approved = issuing.inState(FinalState.WAITING_SIGNATURE, Period.parseIfGiven(period), actor);
            List<StepOutcome> outcomes = issuing.sign(approved, actor, secret(password));
            long done = outcomes.stream().filter(StepOutcome::done).count();
            return "Đã ký số " + done + " báo cáo" + refused(outcomes.size() - done) + ".";
        });
    }

    /** Every signed final of the list (of the user's province), with one password or PIN for the bodies' keys. */
    @PostMapping("/approvals/issue-all")
    String issueAll(@RequestParam(required = false) String period, @RequestParam(required = false) String password,
            @RequestParam(defaultValue = "false") boolean confirmEmpty, RedirectAttributes redirect) {
        Actor actor = actor();
        return batch(redirect, period, () -> {
            List<Long> signed = issuing.inState(FinalState.SIGNED, Period.parseIfGiven(period), actor);
            IssueRun run = issuing.issue(signed, actor, secret(password), confirmEmpty);
            return run.deliveriesOrNull() == null && run.issued() > 0
                    ? "Đã cấp số và ban hành " + run.issued() + " báo cáo" + refused(run.refused()) + ". " + mailsNotSent(run)
                    : run.deliveriesOrNull() == null || allSent(run)
                    ? "Đã cấp số và ban hành " + run.issued() + " báo cáo, gửi đến " + run.mailsQueued() + " nơi nhận"
                            + refused(run.refused()) + "."
                    : "Đã cấp số và ban hành " + run.issued() + " báo cáo" + refused(run.refused()) + ". "
                            + someNotSent(run);
        });
    }

    private interface Step {
        String run();
    }

    private String step(long id, RedirectAttributes redirect, Step step) {
        visible(id);
        try {
            redirect.addFlashAttribute("message", step.run());
        } catch (IssuingRefusal e) {
            redirect.addFlashAttribute("problem", e.forPages());
        }
        return "redirect:/approvals/" + id;
    }

    private String batch(RedirectAttributes redirect, String period, Step step) {
        try {
            redirect.addFlashAttribute("message", step.run());
        } catch (IllegalArgumentException e) {
            // a refusal (IssuingRefusal), or a period that is none, which the list's own form never sends
            redirect.addFlashAttribute("problem", e instanceof IssuingRefusal refusal ? refusal.forPages()
                    : e.getMessage());
        }
        return "redirect:/approvals" + (period == null || period.isBlank() ? ""
                : "?period=" + URLEncoder.encode(period.strip(), StandardCharsets.UTF_8));
    }

    /** The mails of an issue that none went out of: how many wait, and why (no mail server, or the sending failed). */
    static String mailsNotSent(IssueRun run) {
        // no mail server: said as the ledger's page says it to staff, without the setting and the command
        String why = run.deliveryProblem().equals(Messages.text("issuing.mail.noServer"))
                ? Messages.text("issuing.mail.noServer.page") : run.deliveryProblem();
        return Messages.text("step.mailsNotSent", run.mailsQueued(), why) + ".";
    }

    /** Whether the mails sent after the issue include all those it queued: none waits, none failed. */
    private static boolean allSent(IssueRun run) {
        return run.deliveriesOrNull().retryLater() == 0 && run.deliveriesOrNull().failed() == 0;
    }

    /** The mails queued that did not go out at once (the server down, an address refused), said as the ledger counts. */
    private static String someNotSent(IssueRun run) {
        return "Đã xếp " + run.mailsQueued() + " thư vào hàng gửi nhưng chưa gửi được hết: gửi được "
                + run.deliveriesOrNull().sent() + ", chờ gửi lại " + run.deliveriesOrNull().retryLater() + ", lỗi "
                + run.deliveriesOrNull().failed() + ". " + (run.deliveriesOrNull().uncertain() == 0 ? ""
                        : Messages.text("step.mails.uncertain.page", run.deliveriesOrNull().uncertain()) + " ")
                + "Lý do từng thư xem ở trang Sổ gửi thư.";
    }

    private static String refused(long count) {
        return count == 0 ? "" : "; " + count + " báo cáo không xử lý được (xem từng báo cáo)";
    }

    private Actor actor() {
        return new Actor(user.username(), user.roles(), user.province().orElse(null));
    }

    private static char[] secret(String password) {
        return password == null ? new char[0] : password.toCharArray();
    }

    private FinalDocument visible(long id) {
        FinalDocument f = issuing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Không có bản chính thức này"));
        user.requireProvince(f.province());
        return f;
    }
}
