package vn.coordreport.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.archive.VersionMakers;
import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;

@Command(name = "reports", mixinStandardHelpOptions = true, subcommands = ReportsGetCommand.class,
        description = {"Lists the archived report versions: id, agreement, period, kind, format, version, number, "
                + "pages, size, SHA-256 (first 12), created, by, and the version a final supersedes; a final made "
                + "without a signer name is flagged, naming the agency whose signer_name to fill.",
                "'reports get ID' writes one out."})
class ReportsCommand implements Callable<Integer>, DatabaseOnly {

    private final ReportArchive archive;
    private final AgreementCatalog catalog;

    @Spec
    CommandSpec spec;

    @Option(names = "--agreement", paramLabel = "CODE", description = "Only this agreement, e.g. 09/QCPH/SNgV-BP.")
    String agreement;

    @Option(names = "--period", converter = PeriodConverter.class, paramLabel = "PERIOD", description = "Only this period: 2021, 2019-H1, 2020-9M ... or in words.")
    Period period;

    ReportsCommand(ReportArchive archive, AgreementCatalog catalog) {
        this.archive = archive;
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ArchivedReport> versions = archive.list(agreement, period);
        if (versions.isEmpty()) {
            out.println(Messages.text(agreement != null || period != null ? "reports.noneMatch" : "reports.none"));
            AgreementHint.unlessKnown(catalog, agreement, spec.commandLine().getErr());
            return ExitCode.OK;
        }
        Table table = Table.of("reports.head.id", "table.agreement", "table.period", "reports.head.kind",
                "reports.head.format", "table.v", "reports.head.number", "reports.head.pages", "reports.head.size",
                "reports.head.sha256", "reports.head.created", "reports.head.by", "reports.head.supersedes",
                "reports.head.note").right(0, 5, 6, 7, 8);
        for (ArchivedReport v : versions) {
            table.row(v.id(), v.agreementCode(), v.period(), v.kind(), v.format(), v.version(), v.documentNumber(),
                    v.pages(), v.sizeBytes(), v.sha256().substring(0, 12), Table.time(v.createdAt()),
                    VersionMakers.person(v.createdBy()).orElse(v.createdBy())
                            + (v.jobExecutionId() == null ? "" : " #" + v.jobExecutionId()),
                    v.supersedesId() == null ? "-" : "#" + v.supersedesId(),
                    v.missingSigner() == null ? "" : Messages.text("reports.noSigner", v.missingSigner()));
        }
        table.print(out);
        return ExitCode.OK;
    }
}
