package vn.coordreport.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
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
        Options.requireBetween("--limit", limit, 1, 1000);
        JobHistory.Filter filter = new JobHistory.Filter(text, job, status, from, to).checked();
        List<JobSummary> executions = history.find(filter, limit, 0).executions();
        if (executions.isEmpty()) {
            out.println(Messages.text(filter.equals(JobHistory.Filter.NONE) ? "jobs.none" : "jobs.noneMatch"));
            return ExitCode.OK;
        }
        Table table = Table.of("jobs.head.id", "table.job", "table.status", "jobs.head.start", "jobs.head.end",
                "jobs.head.read", "jobs.head.written", "jobs.head.skipped", "jobs.head.mailed", "jobs.head.parameters")
                .right(0, 5, 6, 7, 8);
        for (JobSummary s : executions) {
            table.row(s.id(), s.jobName(), s.status(), Table.time(s.start()), Table.time(s.end()), s.read(), s.written(),
                    s.skipped(), s.mailed(), s.parameters());
        }
        table.print(out);
        return ExitCode.OK;
    }
}
