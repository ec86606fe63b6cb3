package vn.coordreport.web;

import static vn.coordreport.messages.DateFormats.DAY;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.coordreport.messages.Messages;
import vn.coordreport.pipeline.JobHistory;
import vn.coordreport.pipeline.JobNames;
import vn.coordreport.pipeline.JobSummary;
import vn.coordreport.schedule.ScheduleList;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.CurrentUser;

/** The schedules with their next fire times, the job history, and starting or restarting a job. */
@Controller
class JobsPage {

    private static final JobWording WORDS = new JobWording();

    /** The search's fields that are days, typed by the user. */
    private static final List<String> DAYS = List.of("from", "to");

    /** The states the search offers, in the order a job goes through them. */
    static final List<String> STATES = List.of("STARTING", "STARTED", "COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    /**
     * The history's search and filters as asked for; each null or blank for none. The days are typed as an office
     * writes them, {@code 01/06/2021} (a browser's own date field would show an English browser's mm/dd/yyyy), or
     * ISO as links and scripts write them.
     */
    record Search(String q, String job, String status,
            @DateTimeFormat(pattern = "d/M/uuuu", fallbackPatterns = "uuuu-MM-dd") LocalDate from,
            @DateTimeFormat(pattern = "d/M/uuuu", fallbackPatterns = "uuuu-MM-dd") LocalDate to, Integer page) {

        JobHistory.Filter filter() {
            return new JobHistory.Filter(SearchTerms.periodAsCode(q), job, status, from, to);
        }

        /** Whether anything narrows the list, so that an empty one says nothing matched rather than nothing ran. */
        public boolean narrowed() {
            return SearchTerms.anyGiven(q, job, status, from, to);
        }
    }

    private final ScheduleList schedules;
    private final JobStarter starter;
    private final CurrentUser user;
    private final AuditLog audit;
    private final JobHistory history;

    JobsPage(ScheduleList schedules, JobStarter starter, CurrentUser user, AuditLog audit,
            JobHistory history) {
        this.history = history;
        this.schedules = schedules;
        this.starter = starter;
        this.user = user;
        this.audit = audit;
    }

    @GetMapping("/jobs")
    String jobs(Search search, BindingResult typed, Model model, HttpServletResponse response) throws BindException {
        if (typed.hasErrors()) {
            if (typed.getFieldErrors().stream().anyMatch(e -> !DAYS.contains(e.getField()))) {
                throw new BindException(typed); // a page number that is none: the error page says so
            }
            // a day typed wrong ('31/02/2021'): the page, its search with the text as typed, and what to mend
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", typed.getFieldErrors().stream().map(JobsPage::mistyped)
                    .collect(Collectors.joining(" ")));
            for (FieldError error : typed.getFieldErrors()) {
                model.addAttribute(error.getField() + "Typed", String.valueOf(error.getRejectedValue()));
            }
            search = new Search(param(typed, "q"), param(typed, "job"), param(typed, "status"), null, null, null);
        }
        if (search.from() != null && search.to() != null && search.to().isBefore(search.from())) {
            // days the wrong way round hold nothing: said, kept in their fields, and not searched by
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "Ô “Đến ngày” (" + DAY.format(search.to()) + ") trước ô “Bắt đầu từ ngày” ("
                    + DAY.format(search.from()) + "): danh sách dưới đây không lọc theo hai ô này.");
            model.addAttribute("fromTyped", DAY.format(search.from()));
            model.addAttribute("toTyped", DAY.format(search.to()));
            search = new Search(search.q(), search.job(), search.status(), null, null, search.page());
        }
        Filters filters = new Filters();
        search = new Search(search.q(), filters.choice("Tác vụ", search.job(), JobNames.ALL),
                filters.choice("Trạng thái", search.status(), STATES), search.from(), search.to(), search.page());
        filters.into(model);
        model.addAttribute("schedules", schedules.list(3));
        Paging paging = Paging.of(search.page(), 0);
        JobHistory.Found found = history.find(search.filter(), paging.size(), paging.offset());
        model.addAttribute("executions", found.executions());
        model.addAttribute("search", search);
        model.addAttribute("jobNames", JobNames.ALL);
        model.addAttribute("states", STATES);
        model.addAttribute("paging", paging.withTotal(found.total()));
        model.addAttribute("words", WORDS);
        return "jobs";
    }

    /** A text field of a search whose days did not bind (the search itself then is not made). */
    private static String param(BindingResult typed, String field) {
        Object value = typed.getFieldValue(field);
        return value == null ? null : value.toString();
    }

    /** What a field's label says, and why its value is not a day. */
    private static String mistyped(FieldError error) {
        String label = "to".equals(error.getField()) ? "Đến ngày" : "from".equals(error.getField()) ? "Bắt đầu từ ngày"
                : error.getField();
        return "Ô “" + label + "”: '" + error.getRejectedValue() + "' không phải là "
                + Messages.text("web.type.day") + "; danh sách dưới đây không lọc theo ô này.";
    }

    @PostMapping("/jobs/nightly")
    String startNightly(RedirectAttributes redirect) {
        user.requireAllProvinces();
        audit.record("JOB_START", JobNames.NIGHTLY, "from the web page");
        starter.startNightly(user.username());
        redirect.addFlashAttribute("message", "Đã bắt đầu lập các bản dự thảo. "
                + "Tải lại trang để xem tiến độ trong lịch sử tác vụ.");
        return "redirect:/jobs";
    }

    @PostMapping("/jobs/{id}/restart")
    String restart(@PathVariable long id, RedirectAttributes redirect) {
        user.requireAllProvinces();
        JobSummary execution = history.execution(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có lần chạy này"));
        if (execution.superseded()) {
            redirect.addFlashAttribute("problem", "Lần chạy #" + id + " đã được chạy lại hoặc chạy tiếp rồi: "
                    + "xem lần chạy mới hơn của cùng tác vụ.");
            return "redirect:/jobs";
        }
        if (!execution.restartable()) {
            redirect.addFlashAttribute("problem", "Lần chạy #" + id + " đang ở trạng thái «"
                    + WORDS.state(execution) + "»: chỉ chạy lại được lần chạy bị lỗi hoặc đã dừng.");
            return "redirect:/jobs";
        }
        audit.record("JOB_RESTART", "execution/" + id, execution.jobName());
        starter.restart(id, user.username());
        redirect.addFlashAttribute("message", "Đã cho chạy lại lần chạy #" + id + " (" + WORDS.job(execution.jobName())
                + ").");
        return "redirect:/jobs";
    }
}
