package vn.coordreport.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.coordreport.issuing.Actor;
import vn.coordreport.issuing.FinalDocument;
import vn.coordreport.issuing.Issuing;

@Command(name = "reject", mixinStandardHelpOptions = true,
        description = {"Sends a final back with the reason: the reviewer while it is WAITING_REVIEW, the signer while "
                + "it is WAITING_SIGNATURE, the clerk while it is SIGNED, on finding its format wrong (the signer, the "
                + "recipients, a mistake on the page). It stays REJECTED and unsent; a signed one is neither numbered "
                + "nor registered; the data or the text is mended and a new final made (close-period, report --final)."})
class RejectCommand implements Callable<Integer>, DatabaseOnly {

    private final Issuing issuing;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VERSION_ID", description = "The final's id, as 'approvals' lists it.")
    long id;

    @Option(names = "--as", required = true, paramLabel = "USERNAME", description = "The user the step is taken by.")
    String as;

    @Option(names = "--comment", required = true, paramLabel = "TEXT", description = "Why it is sent back.")
    String comment;

    RejectCommand(Issuing issuing) {
        this.issuing = issuing;
    }

    @Override
    public Integer call() {
        Actor actor = issuing.actor(as);
        FinalDocument f = issuing.reject(id, actor, comment);
        spec.commandLine().getOut().println(StepLines.line("step.rejected", f));
        return ExitCode.OK;
    }
}
