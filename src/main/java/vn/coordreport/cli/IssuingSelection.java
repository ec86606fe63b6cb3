package vn.coordreport.cli;

import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.coordreport.issuing.Actor;
import vn.coordreport.issuing.FinalState;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;

/** The finals a step is taken on: named by id, or every one of a period waiting for the step. */
class IssuingSelection {

    @Parameters(paramLabel = "VERSION_ID", arity = "0..*", description = "The final's id, as 'approvals' lists it.")
    List<Long> ids;

    @Option(names = "--period", converter = PeriodConverter.class, paramLabel = "PERIOD",
            description = "Every final of this period that waits for this step (of the user's province).")
    Period period;

    @Option(names = "--as", required = true, paramLabel = "USERNAME", description = "The user the step is taken by.")
    String as;

    List<Long> resolve(Issuing issuing, Actor actor, FinalState waiting) {
        boolean named = ids != null && !ids.isEmpty();
        if (named == (period != null)) {
            throw new IllegalArgumentException(Messages.text(named ? "step.selectBoth" : "step.selectNeither"));
        }
        if (named) {
            return ids;
        }
        List<Long> found = issuing.inState(waiting, period, actor);
        if (found.isEmpty()) {
            throw new IllegalArgumentException(Messages.text(actor.province() == null ? "step.noneWaiting"
                    : "step.noneWaitingIn", period.toString(), waiting.label(), waiting.name(), actor.province()));
        }
        return found;
    }
}
