package vn.coordreport.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.pipeline.JobHistory;
import vn.coordreport.pipeline.JobNames;
import vn.coordreport.pipeline.JobSummary;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.schedule.Schedules;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.CurrentUser;

import vn.coordreport.messages.Messages;

/**
 * The Batch jobs. A start answers with the job's summary when it ends (200,
 * {@code Location} of the execution), like the commands: a job that fails is a
 * summary whose status says so. On a serving node the job is handed to the
 * cluster ({@link Schedules#run}), so that another node resumes it if the one
 * running it dies. Jobs cover every province, so a user limited to one may not
 * start them (403).
 */
@RestController
@Tag(name = "api.doc.tag.jobs")
@RequestMapping("/api/jobs")
class JobsController {

    private final ReportJobs jobs;
    private final Schedules schedules;
    private final CurrentUser user;
    private final AuditLog audit;
    private final JobHistory history;

    JobsController(ReportJobs jobs, Schedules schedules, CurrentUser user, AuditLog audit, JobHistory history) {
        this.history = history;
        this.jobs = jobs;
        this.schedules = schedules;
        this.user = user;
        this.audit = audit;
    }

    record Nightly(LocalDate asOf) {
    }

    record Close(String period, String calendar, Boolean force) {
    }

    record Restart(Boolean recover) {
    }

    @Operation(summary = "api.doc.jobs.nightly.summary")
    @PostMapping("/nightly")
    ResponseEntity<JobSummary> nightly(@RequestBody(required = false) Nightly body) {
        user.requireAllProvinces();
        LocalDate asOf = body == null ? null : body.asOf();
        audit.record("JOB_START", JobNames.NIGHTLY, "asOf=" + (asOf == null ? "today" : asOf));
        return started(schedules.run(jobs.nightlyNow(asOf)));
    }

    @Operation(summary = "api.doc.jobs.close.summary")
    @PostMapping("/close")
    ResponseEntity<JobSummary> close(@RequestBody Close body) {
        user.requireAllProvinces();
        if (body == null || body.period() == null) {
            throw new IllegalArgumentException(Messages.text("api.periodRequired"));
        }
        Period period = ApiProblems.field("period", () -> Period.parse(body.period()));
        PeriodCalendar calendar = body.calendar() == null || body.calendar().isBlank() ? null
                : ApiProblems.field("calendar", () -> PeriodCalendar.fromId(body.calendar()));
        boolean force = Boolean.TRUE.equals(body.force());
        audit.record("JOB_START", JobNames.PERIOD_CLOSE, "period=" + period + (force ? ", forced" : ""));
        return started(schedules.run(jobs.closeNow(period, calendar, force)));
    }

    @Operation(summary = "api.doc.jobs.restart.summary")
    @PostMapping("/{id}/restart")
    ResponseEntity<JobSummary> restart(@PathVariable long id, @RequestBody(required = false) Restart body) {
        user.requireAllProvinces();
        history.execution(id).orElseThrow(() -> new NotFound(Messages.text("api.noJobExecution", String.valueOf(id))));
        audit.record("JOB_RESTART", "job execution #" + id, body != null && Boolean.TRUE.equals(body.recover()) ? "recover" : "");
        return started(jobs.restart(id, body != null && Boolean.TRUE.equals(body.recover())));
    }

    @Operation(summary = "api.doc.jobs.list.summary")
    @GetMapping
    List<JobSummary> list(@RequestParam(defaultValue = "20") int limit, @RequestParam(required = false) String q,
            @RequestParam(required = false) String job, @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException(Messages.text("api.limit"));
        }
        // each named by itself: the filter's check says what is wrong with a value, not which parameter gave it
        ApiProblems.parameter("job", () -> new JobHistory.Filter(null, job, null, null, null).checked());
        ApiProblems.parameter("status", () -> new JobHistory.Filter(null, null, status, null, null).checked());
        return history.find(new JobHistory.Filter(q, job, status, from, to).checked(), limit, 0).executions();
    }

    @Operation(summary = "api.doc.jobs.one.summary")
    @GetMapping("/{id}")
    JobSummary one(@PathVariable long id) {
        return history.execution(id).orElseThrow(() -> new NotFound(Messages.text("api.noJobExecution", String.valueOf(id))));
    }

    private static ResponseEntity<JobSummary> started(JobSummary summary) {
        return ResponseEntity.ok().location(URI.create("/api/jobs/" + summary.id())).body(summary);
    }
}
