package vn.coordreport.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.coordreport.messages.Messages;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.schedule.Schedules;

@Command(name = "run-nightly", mixinStandardHelpOptions = true,
        description = {"Runs nightlyReportsJob now: the drafts of the current half-year and the year to date of every "
                + "agreement in effect, rendering only those whose data changed."})
class RunNightlyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DayConverter.class,
            description = "The day (01/06/2021 or 2021-06-01) whose open periods to keep current; default today.")
    LocalDate asOf;

    @Option(names = "--cluster", description = "Hand the job to the serving nodes on this database and wait for its "
            + "end: if the node running it dies, another resumes it.")
    boolean cluster;

    private final ReportJobs jobs;
    private final Schedules schedules;

    RunNightlyCommand(ReportJobs jobs, Schedules schedules) {
        this.jobs = jobs;
        this.schedules = schedules;
    }

    @Override
    public Integer call() {
        var request = jobs.nightlyNow(asOf);
        new Progress(spec.commandLine().getErr()).say(Messages.text("cli.progress.nightly"));
        return JobOutcome.print(cluster ? schedules.runOnCluster(request) : jobs.run(request),
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
