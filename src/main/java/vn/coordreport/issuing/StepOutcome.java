package vn.coordreport.issuing;

/**
 * What one step of a batch did to one final: done (its state after it), or
 * refused with the reason; a refused final is left as it was.
 */
public record StepOutcome(long versionId, FinalDocument document, String refusal) {

    public boolean done() {
        return refusal == null;
    }
}
