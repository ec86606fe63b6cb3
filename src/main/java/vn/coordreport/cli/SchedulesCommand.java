package vn.coordreport.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.coordreport.schedule.ScheduleView;
import vn.coordreport.schedule.Schedules;

@Command(name = "schedules", mixinStandardHelpOptions = true,
        description = "Lists the schedules: trigger, job, cron expression, time zone and next fire times.")
class SchedulesCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    CommandSpec spec;

    @Option(names = "--count", defaultValue = "3", paramLabel = "N", description = "Fire times per schedule (default ${DEFAULT-VALUE}).")
    int count;

    private final Schedules schedules;

    SchedulesCommand(Schedules schedules) {
        this.schedules = schedules;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-11s  %-17s  %-15s  %-16s  %-10s  %s%n", "trigger", "job", "cron", "zone", "registered", "next");
        for (ScheduleView s : schedules.list(count)) {
            out.printf("%-11s  %-17s  %-15s  %-16s  %-10s  %s%n", s.trigger(), s.job(), s.cron().isEmpty() ? "(off)" : s.cron(),
                    s.zone(), s.registered() ? "yes" : "no",
                    s.next().stream().map(WHEN::format).collect(Collectors.joining(", ")));
        }
        return ExitCode.OK;
    }
}
