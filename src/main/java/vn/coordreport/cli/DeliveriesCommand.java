package vn.coordreport.cli;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.delivery.DeliveryRecord;
import vn.coordreport.delivery.ReportDelivery;
import vn.coordreport.messages.Messages;

@Command(name = "deliveries", mixinStandardHelpOptions = true, subcommands = DeliveriesRetryCommand.class,
        description = {"Lists the delivery ledger: one row per final report version and recipient, with its status "
                + "(PENDING, SENDING, SENT, FAILED, UNCERTAIN), attempts, and the last error.",
                "UNCERTAIN: the send was cut off and the server may have the mail; it is never resent automatically."})
class DeliveriesCommand implements Callable<Integer>, DatabaseOnly {

    private final ReportDelivery delivery;
    private final AgreementCatalog catalog;

    @Spec
    CommandSpec spec;

    @Option(names = "--agreement", paramLabel = "CODE", description = "Only this agreement's reports.")
    String agreement;

    DeliveriesCommand(ReportDelivery delivery, AgreementCatalog catalog) {
        this.delivery = delivery;
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<DeliveryRecord> rows = delivery.list(agreement);
        if (rows.isEmpty()) {
            out.println(agreement != null ? Messages.text("deliveries.noneFor", agreement) : Messages.text("deliveries.none"));
            AgreementHint.unlessKnown(catalog, agreement, spec.commandLine().getErr());
            return ExitCode.OK;
        }
        Table table = Table.of("deliveries.head.version", "table.agreement", "table.period", "table.v",
                "deliveries.head.recipient", "table.status", "deliveries.head.attempts", "deliveries.head.when",
                "deliveries.head.error").right(0, 3, 6);
        for (DeliveryRecord r : rows) {
            OffsetDateTime when = r.status().equals("SENT") ? r.sentAt()
                    : r.status().equals("PENDING") ? r.nextAttemptAt() : null;
            table.row("#" + r.versionId(), r.agreementCode(), r.period(), r.version(), r.email(), r.status(),
                    r.attempts(), Table.time(when), problem(r));
        }
        table.print(out);
        return ExitCode.OK;
    }

    /** Why a mail did not go in the office's words, then the technical details (a Message-ID among them). */
    private static String problem(DeliveryRecord r) {
        String explanation = r.explanation();
        String detail = r.technicalDetail();
        if (explanation == null) {
            return detail == null ? "" : detail;
        }
        return detail == null ? explanation : Messages.text("deliveries.problem", explanation, detail);
    }
}
