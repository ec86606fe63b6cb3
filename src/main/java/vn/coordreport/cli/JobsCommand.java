package vn.coordreport.cli;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.coordreport.pipeline.JobHistory;
import vn.coordreport.pipeline.JobSummary;

@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "Lists the latest job executions: id, job, parameters, status, start, end and counts.")
class JobsCommand implements Callable<Integer>, DatabaseOnly {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "How many (default ${DEFAULT-VALUE}).")
    int limit;

    private final JobHistory history;

    JobsCommand(JobHistory history) {
        this.history = history;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<JobSummary> executions = history.executions(limit);
        if (executions.isEmpty()) {
            out.println("No job has run yet.");
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
