package vn.coordreport.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.coordreport.messages.Messages;
import vn.coordreport.schedule.ScheduleList;
import vn.coordreport.schedule.ScheduleView;

@Command(name = "schedules", mixinStandardHelpOptions = true,
        description = "Lists the schedules: trigger, job, cron expression, time zone and next fire times.")
class SchedulesCommand implements Callable<Integer>, DatabaseOnly {

    @Spec
    CommandSpec spec;

    @Option(names = "--count", defaultValue = "3", paramLabel = "N", description = "Fire times per schedule (default ${DEFAULT-VALUE}).")
    int count;

    private final ScheduleList schedules;

    SchedulesCommand(ScheduleList schedules) {
        this.schedules = schedules;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Table table = Table.of("schedules.head.trigger", "table.job", "schedules.head.cron", "schedules.head.zone",
                "schedules.head.registered", "schedules.head.next");
        Options.requireBetween("--count", count, 1, 100);
        for (ScheduleView s : schedules.list(count)) {
            table.row(s.trigger(), s.job(), s.cron().isEmpty() ? Messages.text("schedules.off") : s.cron(), s.zone(),
                    Table.yesNo(s.registered()),
                    s.next().stream().map(Table::inItsZone).collect(Collectors.joining(", ")));
        }
        table.print(out);
        return ExitCode.OK;
    }
}
