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
import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.messages.Messages;

@Command(name = "reports", mixinStandardHelpOptions = true, subcommands = ReportsGetCommand.class,
        description = {"Lists the archived report versions: id, agreement, period, kind, format, version, number, "
                + "pages, size, SHA-256 (first 12), created, by, and the version a final supersedes; a final made "
                + "without a signer name is flagged, naming the agency whose signer_name to fill.",
                "'reports get ID' writes one out."})
class ReportsCommand implements Callable<Integer>, DatabaseOnly {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ReportArchive archive;

    @Spec
    CommandSpec spec;

    @Option(names = "--agreement", paramLabel = "CODE", description = "Only this agreement, e.g. 09/QCPH/SNgV-BP.")
    String agreement;

    @Option(names = "--period", paramLabel = "PERIOD", description = "Only this period, as written: 2021, 2019-H1, ...")
    String period;

    ReportsCommand(ReportArchive archive) {
        this.archive = archive;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ArchivedReport> versions = archive.list(agreement, period);
        if (versions.isEmpty()) {
            out.println(Messages.text(agreement != null || period != null ? "reports.noneMatch" : "reports.none"));
            return ExitCode.OK;
        }
        String row = "%5s  %-20s  %-10s  %-5s  %-4s  %3s  %6s  %5s  %9s  %-12s  %-19s  %-20s  %-10s  %s%n";
        out.printf(row, "id", "agreement", "period", "kind", "fmt", "v", "number", "pages", "size", "sha256",
                "created", "by", "supersedes", "note");
        for (ArchivedReport v : versions) {
            out.printf(row, v.id(), v.agreementCode(), v.period(), v.kind(), v.format(), v.version(),
                    v.documentNumber() == null ? "-" : v.documentNumber(), v.pages(), v.sizeBytes(),
                    v.sha256().substring(0, 12), WHEN.format(v.createdAt().atZoneSameInstant(ZoneId.systemDefault())),
                    v.createdBy() + (v.jobExecutionId() == null ? "" : " #" + v.jobExecutionId()),
                    v.supersedesId() == null ? "-" : "#" + v.supersedesId(),
                    v.missingSigner() == null ? "" : "NO SIGNER NAME: fill signer_name of agency " + v.missingSigner());
        }
        return ExitCode.OK;
    }
}
