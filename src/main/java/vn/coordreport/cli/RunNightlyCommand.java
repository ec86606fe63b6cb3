package vn.coordreport.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.coordreport.pipeline.ReportJobs;

@Command(name = "run-nightly", mixinStandardHelpOptions = true,
        description = {"Runs nightlyReportsJob now: the drafts of the current half-year and the year to date of every "
                + "agreement in effect, rendering only those whose data changed."})
class RunNightlyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day (YYYY-MM-DD) whose open periods to keep current; default today.")
    LocalDate asOf;

    private final ReportJobs jobs;

    RunNightlyCommand(ReportJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Integer call() {
        return JobOutcome.print(jobs.startNightly(asOf), spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
