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
import vn.coordreport.issuing.FinalDocument;
import vn.coordreport.issuing.FinalState;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.StepOutcome;
import vn.coordreport.messages.Messages;

@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"The signer's signature (SIGNER role) on approved finals (WAITING_SIGNATURE), with the key "
                + "registered for them ('keys add'), opened with the password or PIN given now and not kept. The "
                + "signature (PAdES) is shown as the signer's image between title and name. A final that does not name "
                + "its signer is refused."})
class SignCommand implements Callable<Integer> {

    private final Issuing issuing;

    @Spec
    CommandSpec spec;

    @Mixin
    IssuingSelection selection;

    @Option(names = "--password-stdin", description = "Read the key's password (PKCS#12) or PIN (PKCS#11) from standard input.")
    boolean passwordStdin;

    SignCommand(Issuing issuing) {
        this.issuing = issuing;
    }

    @Override
    public Integer call() {
        Actor actor = issuing.actor(selection.as);
        List<Long> ids = selection.resolve(issuing, actor, FinalState.WAITING_SIGNATURE);
        char[] password = Secrets.read(passwordStdin, Messages.text("secrets.promptSigner"));
        List<StepOutcome> outcomes = issuing.sign(ids, actor, password);
        return print(outcomes, "step.signed", spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * One line per final ({@code done} the bundle key of the step taken), refusals on standard error; exit 1 when
     * any was refused.
     */
    static int print(List<StepOutcome> outcomes, String done, PrintWriter out, PrintWriter err) {
        for (StepOutcome o : outcomes) {
            if (o.done()) {
                out.println(line(done, o.document()));
            } else {
                err.println(Messages.text("step.refused", String.valueOf(o.versionId()), o.refusal()));
            }
        }
        return outcomes.stream().allMatch(StepOutcome::done) ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    /** The line of a step taken: the final, its agreement and period, its state (a code), its number once issued. */
    static String line(String done, FinalDocument f) {
        return Messages.text(done, String.valueOf(f.versionId()), f.agreementCode(), f.period(), f.state())
                + (f.numberAndSymbol() == null ? "" : Messages.text("step.issuedAs", f.numberAndSymbol(),
                        Table.day(f.issuedOn()), String.valueOf(f.issuedVersionId())));
    }
}
