package vn.coordreport.pipeline;

/**
 * Whether an archived final was sent back by its reviewer or signer, which the issuing module knows. A final asked
 * for again on demand (a person's request, not a job) whose newest version was sent back is made anew, for review
 * again, even when its data and text are unchanged: a send-back made by mistake, or found unfounded, is not undone
 * by changing the data. The scheduled jobs leave it as it is.
 */
public interface SentBackFinals {

    boolean sentBack(long versionId);
}
