package vn.coordreport.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.coordreport.pipeline.ReportJobs;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Restarts a failed or stopped job execution: it continues where it stopped, rendering, "
                + "archiving and mailing nothing twice."})
class RestartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXECUTION_ID", description = "The execution's id, as 'coordreport jobs' lists it.")
    long executionId;

    @Option(names = "--recover", description = "The execution is still marked STARTED but its process was killed: "
            + "mark it failed first. Only when no process runs it any more.")
    boolean recover;

    private final ReportJobs jobs;

    RestartCommand(ReportJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Integer call() {
        return JobOutcome.print(jobs.restart(executionId, recover), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
