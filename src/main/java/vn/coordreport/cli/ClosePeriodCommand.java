package vn.coordreport.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.schedule.Schedules;

@Command(name = "close-period", mixinStandardHelpOptions = true,
        description = {"Runs periodCloseJob now: the final (numbered, PDF/A) report of every agreement in effect during "
                + "the period, archived and mailed to its recipients. Refused until the period's cut-off plus "
                + "coordreport.jobs.close-grace-working-days has passed. Running it again renders and mails nothing new."})
class ClosePeriodCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "2019-H1, 2019-H2, 2020-9M, 2021-Q3, 2021, ...")
    Period period;

    @Option(names = "--calendar", paramLabel = "decree-09|calendar", converter = PeriodConverter.Calendar.class,
            description = "The period calendar; default: each agreement's, else coordreport.period-calendar.")
    PeriodCalendar calendar;

    @Option(names = "--force", description = "Close even though the cut-off and grace days have not passed.")
    boolean force;

    @Option(names = "--cluster", description = "Hand the job to the serving nodes on this database and wait for its "
            + "end: if the node running it dies, another resumes it.")
    boolean cluster;

    private final ReportJobs jobs;
    private final Schedules schedules;

    ClosePeriodCommand(ReportJobs jobs, Schedules schedules) {
        this.jobs = jobs;
        this.schedules = schedules;
    }

    @Override
    public Integer call() {
        var request = jobs.closeNow(period, calendar, force);
        new Progress(spec.commandLine().getErr()).say(Messages.text("cli.progress.close", period.vietnameseName(),
                period.toString()));
        return JobOutcome.print(cluster ? schedules.runOnCluster(request) : jobs.run(request),
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
