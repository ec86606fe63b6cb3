package vn.coordreport.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.coordreport.issuing.FinalDocument;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;

@Command(name = "approvals", mixinStandardHelpOptions = true,
        description = {"Lists the finals on their way out, one row each: the final's id (the version the close made), "
                + "its state (WAITING_REVIEW, REJECTED, WAITING_SIGNATURE, SIGNED, ISSUED), agreement, period, "
                + "version, number once issued, EMPTY when it has nothing of its period, the last step with who, when "
                + "and the comment, and the newer final that supersedes it.",
                "Then: approve, reject, sign, issue."})
class ApprovalsCommand implements Callable<Integer>, DatabaseOnly {

    private final Issuing issuing;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", converter = PeriodConverter.class, paramLabel = "PERIOD", description = "Only this period: 2021, 2019-H1, 2020-9M ... or in words.")
    Period period;

    ApprovalsCommand(Issuing issuing) {
        this.issuing = issuing;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<FinalDocument> finals = issuing.list(period, null);
        if (finals.isEmpty()) {
            out.println(period != null ? Messages.text("approvals.noneOf", period.toString()) : Messages.text("approvals.none"));
            return ExitCode.OK;
        }
        // the version id first and the state second, as codes: outside checks read them there
        Table table = Table.of("approvals.head.version", "table.status", "table.agreement", "table.period", "table.v",
                "approvals.head.number", "approvals.head.empty", "approvals.head.step", "approvals.head.by",
                "approvals.head.at", "approvals.head.superseded", "approvals.head.comment").right(4);
        for (FinalDocument f : finals) {
            table.row(f.versionId(), f.state(), f.agreementCode(), f.period(), f.version(), f.numberAndSymbol(),
                    f.emptyForPeriod() ? "EMPTY" : "-", f.lastStep(),
                    // a person's part in words, as reports says it; a job or a command by its name (docs/commands.md)
                    vn.coordreport.archive.VersionMakers.person(f.lastUsername()).orElse(f.lastUsername()),
                    Table.time(f.lastAt()),
                    f.supersededBy(), f.lastComment() == null ? "" : f.lastComment().replaceAll("\\s+", " "));
        }
        table.print(out);
        return ExitCode.OK;
    }
}
