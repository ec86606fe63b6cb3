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
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.StepOutcome;

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
        List<StepOutcome> outcomes = issuing.sign(ids, actor, Secrets.read(passwordStdin, "Password or PIN of your key"));
        return print(outcomes, "signed", spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** One line per final, refusals on standard error; exit 1 when any was refused. */
    static int print(List<StepOutcome> outcomes, String done, PrintWriter out, PrintWriter err) {
        for (StepOutcome o : outcomes) {
            if (o.done()) {
                out.printf("%s final %d (%s %s): %s%s%n", done, o.versionId(), o.document().agreementCode(),
                        o.document().period(), o.document().state(),
                        o.document().numberAndSymbol() == null ? "" : ", số " + o.document().numberAndSymbol()
                                + " ngày " + o.document().issuedOn() + ", issued as version #"
                                + o.document().issuedVersionId());
            } else {
                err.printf("refused final %d: %s%n", o.versionId(), o.refusal());
            }
        }
        return outcomes.stream().allMatch(StepOutcome::done) ? ExitCode.OK : ExitCode.BAD_INPUT;
    }
}
