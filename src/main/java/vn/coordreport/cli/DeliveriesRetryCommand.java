package vn.coordreport.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.coordreport.delivery.ReportDelivery;
import vn.coordreport.messages.Messages;

@Command(name = "retry", mixinStandardHelpOptions = true,
        description = {"Puts an UNCERTAIN or FAILED delivery back in the queue; the next delivery run sends it.",
                "For UNCERTAIN, first make sure the recipient did not get it (look for its Message-ID in the mail "
                        + "server's log): a requeued mail is sent again."})
class DeliveriesRetryCommand implements Callable<Integer>, DatabaseOnly {

    private final ReportDelivery delivery;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VERSION", description = "The report version id (the #N in 'deliveries').")
    long versionId;

    @Parameters(index = "1", paramLabel = "EMAIL", description = "The recipient's address.")
    String email;

    DeliveriesRetryCommand(ReportDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public Integer call() {
        delivery.requeue(versionId, email, true);
        spec.commandLine().getOut().println(Messages.text("deliveries.requeued", String.valueOf(versionId), email));
        return ExitCode.OK;
    }
}
