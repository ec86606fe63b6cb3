package vn.coordreport.cli;

import java.io.PrintWriter;
import java.util.List;

import vn.coordreport.issuing.FinalDocument;
import vn.coordreport.issuing.StepOutcome;
import vn.coordreport.messages.Messages;

/** What the issuing commands ({@code approve}, {@code reject}, {@code sign}, {@code issue}) say of each final. */
final class StepLines {

    private StepLines() {
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
