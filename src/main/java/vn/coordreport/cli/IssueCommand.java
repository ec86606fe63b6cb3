package vn.coordreport.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.coordreport.issuing.Actor;
import vn.coordreport.issuing.FinalState;
import vn.coordreport.issuing.IssueRun;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.messages.Messages;

@Command(name = "issue", mixinStandardHelpOptions = true,
        description = {"The văn thư's issue (CLERK role) of signed finals: the issuing body's next number of the year "
                + "and today's date filled into the signed document, its line in the register of outgoing documents, "
                + "the organisation's signature with its key (the password or PIN given now) shown as its seal, the "
                + "issued document archived and its mails queued; then the mails due are sent, as close-period did. "
                + "A final with nothing of its period is issued only with --confirm-empty."})
class IssueCommand implements Callable<Integer>, DatabaseOnly {

    private final Issuing issuing;

    @Spec
    CommandSpec spec;

    @Mixin
    IssuingSelection selection;

    @Option(names = "--password-stdin", description = "Read the organisation key's password or PIN from standard input.")
    boolean passwordStdin;

    @Option(names = "--confirm-empty", description = "Issue a final that has no figure and no text for its period too.")
    boolean confirmEmpty;

    IssueCommand(Issuing issuing) {
        this.issuing = issuing;
    }

    @Override
    public Integer call() {
        Actor actor = issuing.actor(selection.as);
        List<Long> ids = selection.resolve(issuing, actor, FinalState.SIGNED);
        IssueRun run = issuing.issue(ids, actor, Secrets.read(passwordStdin, Messages.text("secrets.promptSeal")),
                confirmEmpty);
        PrintWriter out = spec.commandLine().getOut();
        int status = StepLines.print(run.outcomes(), "step.issued", out, spec.commandLine().getErr());
        if (run.deliveriesOrNull() != null) {
            out.println(Messages.text("step.mails", run.mailsQueued(), run.deliveriesOrNull().sent(),
                    run.deliveriesOrNull().retryLater(), run.deliveriesOrNull().failed()));
            if (run.deliveriesOrNull().uncertain() > 0) {
                out.println(Messages.text("step.mails.uncertain", run.deliveriesOrNull().uncertain()));
            }
        } else if (run.deliveryProblem() != null) {
            out.println(Messages.text("step.mailsNotSent", run.mailsQueued(), run.deliveryProblem()));
        }
        return status;
    }
}
