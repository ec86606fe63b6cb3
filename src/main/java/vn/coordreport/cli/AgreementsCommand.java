package vn.coordreport.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.AgreementSummary;
import vn.coordreport.messages.Messages;

@Command(name = "agreements", mixinStandardHelpOptions = true,
        description = "Lists the coordination agreements: code, province, lead agency, term and title; the codes "
                + "that report, template, submissions and the other commands take.")
class AgreementsCommand implements Callable<Integer>, DatabaseOnly {

    @Spec
    CommandSpec spec;

    @Option(names = "--province", paramLabel = "PROVINCE", description = "Only this province's, e.g. \"Quảng Trị\".")
    String province;

    private final AgreementCatalog catalog;

    AgreementsCommand(AgreementCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        List<AgreementSummary> agreements = catalog.list(province);
        if (agreements.isEmpty()) {
            spec.commandLine().getOut().println(province == null || province.isBlank() ? Messages.text("agreements.none")
                    : Messages.text("agreements.noneIn", province.strip()));
            return ExitCode.OK;
        }
        Table table = Table.of("table.agreement", "agreements.head.province", "agreements.head.lead",
                "agreements.head.from", "agreements.head.to", "agreements.head.title");
        for (AgreementSummary a : agreements) {
            table.row(a.code(), a.province(), a.leadAgencyName() == null ? "-" : a.leadAgencyName(),
                    Table.day(a.effectiveFrom()),
                    a.effectiveTo() == null ? Messages.text("agreements.openEnded") : Table.day(a.effectiveTo()),
                    a.title());
        }
        table.print(spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
