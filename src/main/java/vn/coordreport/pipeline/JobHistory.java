package vn.coordreport.pipeline;

import static vn.coordreport.messages.DateFormats.DAY;
import static vn.coordreport.messages.DateFormats.TYPED_DAY;

import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.coordreport.database.DatabaseFailures;
import vn.coordreport.database.PagedSearch;
import vn.coordreport.messages.Messages;

/**
 * What the jobs did: their executions, newest first, each told as a
 * {@link JobSummary} from its steps; a page of them is chosen and counted in
 * SQL on Spring Batch's tables. Running them is {@link ReportJobs}'s.
 */
@Service
public class JobHistory {

    /**
     * What is looked for; each null or blank for no filter.
     *
     * @param text   words of the parameters as the job took them ({@code 2021-H1}, {@code 2021-06-01}, a day typed
     *               {@code 01/06/2021}), or the execution's number ({@code 12}, {@code #12})
     * @param job    {@link JobNames#NIGHTLY} or {@link JobNames#PERIOD_CLOSE}
     * @param status COMPLETED, FAILED, STOPPED, STARTED ...
     * @param from   the first day it started on (the JVM's zone, as Spring Batch keeps it)
     * @param to     the last day it started on
     */
    public record Filter(String text, String job, String status, LocalDate from, LocalDate to) {

        /** Every execution. */
        public static final Filter NONE = new Filter(null, null, null, null, null);

        /**
         * This filter, once its job and status are names that exist (in any case) and its days run forward: a
         * command's or the API's, typed by hand, where a misspelt status or days the wrong way round would otherwise
         * find nothing and look like an empty history.
         *
         * @throws IllegalArgumentException naming the value and what may be written
         */
        public Filter checked() {
            if (job != null && !job.isBlank() && JobNames.ALL.stream().noneMatch(name -> name.equalsIgnoreCase(job.strip()))) {
                throw new IllegalArgumentException(Messages.text("jobs.unknownJob", job.strip(),
                        String.join(", ", JobNames.ALL)));
            }
            if (status != null && !status.isBlank() && java.util.Arrays.stream(BatchStatus.values())
                    .noneMatch(known -> known.name().equalsIgnoreCase(status.strip()))) {
                throw new IllegalArgumentException(Messages.text("jobs.unknownStatus", status.strip(),
                        java.util.Arrays.stream(BatchStatus.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
            if (from != null && to != null && to.isBefore(from)) {
                // a range that ends before it starts holds nothing: not an empty history
                throw new IllegalArgumentException(Messages.text("jobs.daysReversed",
                        DAY.format(from),
                        DAY.format(to)));
            }
            return this;
        }
    }

    /** One page of executions, and how many there are in all. */
    public record Found(List<JobSummary> executions, long total) {
    }

    /** A day as the pages write it, searched for as the job took it. */

    // the run stamp (the request time) is not searched: the page leaves it out and the dates filter on the start
    private static final String PAGE = """
            select e.job_execution_id, count(*) over () as total
            from batch_job_execution e
            join batch_job_instance i on i.job_instance_id = e.job_instance_id
            where i.job_name in (:jobs)
              and (search_key(:job) is null or lower(i.job_name) = search_key(:job))
              and (search_key(:status) is null or lower(e.status) = search_key(:status))
              and (cast(:from as date) is null or coalesce(e.start_time, e.create_time) >= cast(:from as date))
              and (cast(:to as date) is null or coalesce(e.start_time, e.create_time) < cast(:to as date) + 1)
              and (search_key(:text) is null
                   or e.job_execution_id::text = ltrim(search_key(:text), '#')
                   or exists (select 1 from batch_job_execution_params p
                              where p.job_execution_id = e.job_execution_id and p.identifying = 'Y'
                                and p.parameter_name <> 'run'
                                and search_key(p.parameter_name || '=' || p.parameter_value)
                                    like search_pattern(:text)))
            order by e.job_execution_id desc
            limit :limit offset :offset
            """;

    private final JdbcClient jdbc;
    private final JobRepository repository;

    JobHistory(JdbcClient jdbc, JobRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    /** A page of the executions that match, newest first. */
    public Found find(Filter filter, int limit, long offset) {
        PagedSearch.Page<Long> page = PagedSearch.find(jdbc, PAGE, sql -> sql.param("jobs", JobNames.ALL)
                .param("job", filter.job(), Types.VARCHAR)
                .param("status", filter.status(), Types.VARCHAR)
                .param("from", filter.from(), Types.DATE)
                .param("to", filter.to(), Types.DATE)
                .param("text", searched(filter.text()), Types.VARCHAR),
                (r, n) -> r.getLong("job_execution_id"), limit, offset);
        return new Found(page.rows().stream().map(this::execution).flatMap(Optional::stream).toList(), page.total());
    }

    /** The text as the parameters hold it: a day typed {@code 01/06/2021} is looked for as {@code 2021-06-01}. */
    private static String searched(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), TYPED_DAY).toString();
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    /** The latest executions of both jobs, newest first. */
    public List<JobSummary> executions(int limit) {
        return find(Filter.NONE, limit, 0).executions();
    }

    /** One execution, told with whether a later one of its instance superseded it. */
    public Optional<JobSummary> execution(long id) {
        return Optional.ofNullable(stored(id))
                .flatMap(e -> summaries(repository.getJobExecutions(e.getJobInstance())).stream()
                        .filter(x -> x.id() == id).findFirst());
    }

    /** The executions of one instance; all but the latest are superseded by a restart. */
    private static List<JobSummary> summaries(List<JobExecution> executions) {
        long latest = executions.stream().mapToLong(JobExecution::getId).max().orElse(0);
        return executions.stream().map(e -> e.getId() == latest ? summary(e) : summary(e).asSuperseded()).toList();
    }

    /** The stored execution, or null (the JDBC repository throws for an unknown id rather than answer null). */
    JobExecution stored(long id) {
        try {
            return repository.getJobExecution(id);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            return null;
        }
    }

    /** The execution as stored, with every step execution, the partitions' included. */
    JobSummary reloaded(JobExecution execution) {
        JobExecution stored = repository.getJobExecution(execution.getId());
        return summary(stored != null ? stored : execution);
    }

    static JobSummary summary(JobExecution e) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        for (StepExecution step : e.getStepExecutions()) {
            if (step.getStepName().equals(JobNames.NIGHTLY_STEP) || step.getStepName().equals(JobNames.RENDER_FINALS_STEP)) {
                read += step.getReadCount();
                written += step.getWriteCount();
                skipped += step.getFilterCount();
            }
        }
        long mailed = e.getStepExecutions().stream().filter(s -> s.getStepName().equals(JobNames.MAIL_STEP))
                .mapToLong(StepExecution::getWriteCount).sum();
        String parameters = e.getJobParameters().getIdentifyingParameters().stream()
                .sorted(Comparator.comparing(p -> p.name()))
                .map(p -> p.name() + "=" + p.value())
                .collect(Collectors.joining(", "));
        // a step's own failure says what happened; the job's ("Partition handler returned ...") only that it did
        String failure = e.getStepExecutions().stream()
                .filter(s -> s.getStatus() == BatchStatus.FAILED)
                .sorted(Comparator.comparing((StepExecution s) -> !s.getStepName().contains(":")))
                .map(s -> cause(s.getExitStatus().getExitDescription()))
                .filter(m -> m != null)
                .findFirst()
                .orElseGet(() -> e.getAllFailureExceptions().stream().findFirst().map(JobHistory::reason)
                        .orElse(cause(e.getExitStatus().getExitDescription())));
        List<String> failedSteps = e.getStepExecutions().stream().filter(s -> s.getStatus() == BatchStatus.FAILED)
                .map(StepExecution::getStepName).toList();
        boolean mailPending = e.getStatus() == BatchStatus.FAILED && !failedSteps.isEmpty()
                && failedSteps.stream().allMatch(JobNames.MAIL_STEP::equals);
        return new JobSummary(e.getId(), e.getJobInstance().getJobName(), parameters, e.getStatus().toString(),
                e.getExitStatus().getExitCode(), offset(e.getStartTime()), offset(e.getEndTime()), read, written, skipped,
                mailed, failure, mailPending, false);
    }

    /**
     * The innermost cause in a stored exit description (a stack trace), as {@link #said} words it; null when there is
     * none.
     */
    static String cause(String exitDescription) {
        if (exitDescription == null || exitDescription.isBlank()) {
            return null;
        }
        String line = exitDescription.lines().filter(l -> l.startsWith("Caused by: ")).reduce((a, b) -> b)
                .map(l -> l.substring("Caused by: ".length())).orElse(exitDescription.lines().findFirst().orElse(""));
        int colon = line.indexOf(": ");
        if (colon > 0 && !line.substring(0, colon).contains(" ")) {
            return said(line.substring(0, colon), line.substring(colon + 2)); // an exception with its message
        }
        return line.contains(" ") ? said("", line) : said(line, null); // words, or an exception's class alone
    }

    /**
     * Why a job failed, in a user's words when the database was the cause ({@link DatabaseFailures}: "Không kết nối
     * được máy chủ PostgreSQL ...", not the driver's "Connection refused"), else the innermost cause's message. Without
     * its closing full stop: it is said inside a sentence.
     */
    static String reason(Throwable t) {
        String reason = DatabaseFailures.inCauses(t).orElseGet(() -> rootMessage(t));
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }

    /** The innermost cause, as {@link #said} words it. */
    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return said(root.getClass().getName(), root.getMessage());
    }

    /**
     * A failure's innermost cause, given its class name and message, for the office. The two that the server's
     * administrator can mend, the memory and the disk, are said in the reader's language with what to do: the JVM's
     * words ("Java heap space", "No space left on device") are English and say neither. Any other keeps its message
     * (the application's own are in the reader's language already), or the class's name when it has none.
     */
    static String said(String type, String message) {
        if (type.equals(OutOfMemoryError.class.getName())) {
            return Messages.text("job.failure.memory", message == null ? "" : message);
        }
        if (message != null && message.contains("No space left on device")) {
            return Messages.text("job.failure.diskFull");
        }
        return message != null ? message : type.substring(type.lastIndexOf('.') + 1);
    }

    /** Spring Batch keeps local times of the JVM's zone: the instant they mean, with its offset. */
    private static OffsetDateTime offset(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
