package vn.coordreport.pipeline;

import java.util.List;

/**
 * The names Spring Batch stores for the jobs and their steps: the job
 * repository's rows, the schedules, the command line and the logs all say
 * them, so they are written once, here.
 */
public final class JobNames {

    /** The drafts of every agreement in effect on a day. */
    public static final String NIGHTLY = "nightlyReportsJob";
    /** A period's finals, rendered and archived for review. */
    public static final String PERIOD_CLOSE = "periodCloseJob";
    /** Both jobs, the nightly first. */
    public static final List<String> ALL = List.of(NIGHTLY, PERIOD_CLOSE);

    /** The nightly job's partitioned step, one partition per lead agency. */
    static final String NIGHTLY_STEP = "nightlyReportsStep";
    /** The nightly job's worker step: review, render, archive. */
    static final String REVIEW_RENDER_STEP = "reviewRenderStep";
    /** The close's partitioned step, one partition per lead agency. */
    static final String RENDER_FINALS_STEP = "renderFinalsStep";
    /** The close's worker step: one final at a time. */
    static final String RENDER_FINAL_STEP = "renderFinalStep";
    /** The step that mailed a close's finals before issuing existed; its executions stay in the history. */
    static final String MAIL_STEP = "deliverReportsStep";

    private JobNames() {
    }
}
