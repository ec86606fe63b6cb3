package vn.coordreport.cli;

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
import vn.coordreport.messages.Messages;

@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"The signer's signature (SIGNER role) on approved finals (WAITING_SIGNATURE), with the key "
                + "registered for them ('keys add'), opened with the password or PIN given now and not kept. The "
                + "signature (PAdES) is shown as the signer's image between title and name. A final that does not name "
                + "its signer is refused."})
class SignCommand implements Callable<Integer>, DatabaseOnly {

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
        return StepLines.print(outcomes, "step.signed", spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
