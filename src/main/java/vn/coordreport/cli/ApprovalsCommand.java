package vn.coordreport.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.coordreport.issuing.FinalDocument;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.messages.Messages;

@Command(name = "approvals", mixinStandardHelpOptions = true,
        description = {"Lists the finals on their way out, one row each: the final's id (the version the close made), "
                + "its state (WAITING_REVIEW, REJECTED, WAITING_SIGNATURE, SIGNED, ISSUED), agreement, period, "
                + "version, number once issued, EMPTY when it has nothing of its period, the last step with who, when "
                + "and the comment, and the newer final that supersedes it.",
                "Then: approve, reject, sign, issue."})
class ApprovalsCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Issuing issuing;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", paramLabel = "PERIOD", description = "Only this period, as written: 2021, 2019-H1, ...")
    String period;

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
        String row = "%-7s  %-17s  %-20s  %-10s  %3s  %-14s  %-5s  %-8s  %-16s  %-16s  %-10s  %s%n";
        out.printf(row, "version", "state", "agreement", "period", "v", "number", "empty", "step", "by", "at",
                "superseded", "comment");
        for (FinalDocument f : finals) {
            out.printf(row, f.versionId(), f.state(), f.agreementCode(), f.period(), f.version(),
                    f.numberAndSymbol() == null ? "-" : f.numberAndSymbol(), f.emptyForPeriod() ? "EMPTY" : "-",
                    f.lastStep() == null ? "-" : f.lastStep(), f.lastUsername() == null ? "-" : f.lastUsername(),
                    f.lastAt() == null ? "-" : WHEN.format(f.lastAt().atZoneSameInstant(ZoneId.systemDefault())),
                    f.supersededBy() == null ? "-" : "by " + f.supersededBy(),
                    f.lastComment() == null ? "" : f.lastComment().replaceAll("\\s+", " "));
        }
        return ExitCode.OK;
    }
}
