package vn.coordreport.cli;

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

@Command(name = "approve", mixinStandardHelpOptions = true,
        description = {"The reviewer's approval (REVIEWER role): a final WAITING_REVIEW goes to its signer "
                + "(WAITING_SIGNATURE). Refused, changing nothing, out of order, without the role or for another "
                + "province."})
class ApproveCommand implements Callable<Integer>, DatabaseOnly {

    private final Issuing issuing;

    @Spec
    CommandSpec spec;

    @Mixin
    IssuingSelection selection;

    @Option(names = "--comment", paramLabel = "TEXT", description = "What the reviewer has to say, kept in the history.")
    String comment;

    ApproveCommand(Issuing issuing) {
        this.issuing = issuing;
    }

    @Override
    public Integer call() {
        Actor actor = issuing.actor(selection.as);
        for (long id : selection.resolve(issuing, actor, FinalState.WAITING_REVIEW)) {
            FinalDocument f = issuing.approve(id, actor, comment);
            spec.commandLine().getOut().println(StepLines.line("step.approved", f));
        }
        return ExitCode.OK;
    }
}
