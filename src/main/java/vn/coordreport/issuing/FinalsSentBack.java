package vn.coordreport.issuing;

import org.springframework.stereotype.Component;

import vn.coordreport.pipeline.SentBackFinals;

/** Tells the pipeline which finals were sent back ({@link FinalState#REJECTED}): asked for again, they are made anew. */
@Component
class FinalsSentBack implements SentBackFinals {

    private final FinalDocuments finals;

    FinalsSentBack(FinalDocuments finals) {
        this.finals = finals;
    }

    @Override
    public boolean sentBack(long versionId) {
        return finals.find(versionId).map(f -> f.state() == FinalState.REJECTED).orElse(false);
    }
}
