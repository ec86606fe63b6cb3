package vn.coordreport.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.coordreport.messages.Messages;
import vn.coordreport.pipeline.JobHistory;
import vn.coordreport.pipeline.JobSummary;

@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "Lists the latest job executions: id, job, parameters, status, start, end and counts; "
                + "the options narrow the list as the jobs page's search does.")
class JobsCommand implements Callable<Integer>, DatabaseOnly {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "How many (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--job", paramLabel = "NAME", description = "Only this job: nightlyReportsJob or periodCloseJob.")
    String job;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only this status: COMPLETED, FAILED, STOPPED, "
            + "STARTED, ...")
    String status;

    @Option(names = "--search", paramLabel = "TEXT", description = "Words of the parameters (2021-H1, 2021-06-01, "
            + "01/06/2021) or the execution id.")
    String text;

    @Option(names = "--from", paramLabel = "DATE", converter = DayConverter.class,
            description = "Only those started on or after this day (dd/MM/yyyy or yyyy-MM-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DayConverter.class,
            description = "Only those started on or before this day (dd/MM/yyyy or yyyy-MM-dd).")
    LocalDate to;

    private final JobHistory history;

    JobsCommand(JobHistory history) {
        this.history = history;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        JobHistory.Filter filter = new JobHistory.Filter(text, job, status, from, to);
        List<JobSummary> executions = history.find(filter, limit, 0).executions();
        if (executions.isEmpty()) {
            out.println(Messages.text(filter.equals(JobHistory.Filter.NONE) ? "jobs.none" : "jobs.noneMatch"));
            return ExitCode.OK;
        }
        out.printf("%5s  %-17s  %-9s  %-19s  %-19s  %5s  %7s  %7s  %6s  %s%n", "id", "job", "status", "start", "end",
                "read", "written", "skipped", "mailed", "parameters");
        for (JobSummary s : executions) {
            out.printf("%5d  %-17s  %-9s  %-19s  %-19s  %5d  %7d  %7d  %6d  %s%n", s.id(), s.jobName(), s.status(),
                    time(s.start()), time(s.end()), s.read(), s.written(), s.skipped(), s.mailed(), s.parameters());
        }
        return ExitCode.OK;
    }

    private static String time(OffsetDateTime time) {
        return time == null ? "-" : WHEN.format(time.atZoneSameInstant(ZoneId.systemDefault()));
    }
}
