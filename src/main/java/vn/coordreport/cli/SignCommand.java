package vn.coordreport.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.coordreport.issuing.Actor;
import vn.coordreport.issuing.FinalState;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.SigningOutlook;
import vn.coordreport.issuing.StepOutcome;
import vn.coordreport.messages.Messages;

@Command(name = "sign", mixinStandardHelpOptions = true,
        description = {"The signer's signature (SIGNER role) on approved finals (WAITING_SIGNATURE), with the key "
                + "registered for them ('keys add'), opened with the password or PIN given now and not kept. The "
                + "signature (PAdES) is shown as the signer's image between title and name. A final that does not name "
                + "its signer is refused. A key whose certificate names someone else than the signer the final prints "
                + "still signs, but is warned of on standard error (Warning: ...) before the password is asked."})
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
        // said before the password is asked, as the final's page says it before its form: a signer at a terminal
        // may stop there (the step itself still signs, and logs it, as the contract takes any signer's key)
        warnOfAnotherName(ids, actor);
        char[] password = Secrets.read(passwordStdin, Messages.text("secrets.promptSigner"));
        List<StepOutcome> outcomes = issuing.sign(ids, actor, password);
        return StepLines.print(outcomes, "step.signed", spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * One warning per name printed under the signature that the user's key does not bear, naming the finals waiting
     * for signature that print it (those the step would refuse anyway are left to its refusal).
     */
    private void warnOfAnotherName(List<Long> ids, Actor actor) {
        Map<SigningOutlook, List<String>> differing = new LinkedHashMap<>();
        for (long id : ids.stream().distinct().toList()) {
            boolean waiting = issuing.find(id).filter(f -> f.state() == FinalState.WAITING_SIGNATURE && !f.superseded())
                    .isPresent();
            SigningOutlook outlook = waiting ? issuing.signingOutlook(id, actor.username()) : null;
            if (outlook != null && outlook.keyNamesAnother()) {
                differing.computeIfAbsent(outlook, o -> new ArrayList<>()).add("#" + id);
            }
        }
        differing.forEach((o, finals) -> spec.commandLine().getErr().println(Messages.text("step.keyNamesAnother",
                o.username(), o.keyHolder(), String.join(", ", finals), o.signerName())));
    }
}
