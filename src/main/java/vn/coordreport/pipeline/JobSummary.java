package vn.coordreport.pipeline;

import java.time.OffsetDateTime;

/**
 * One job execution as the {@code jobs} command lists it.
 *
 * @param parameters  the identifying parameters as written, e.g. {@code asOf=2021-06-01, run=...}
 * @param status      COMPLETED, FAILED, STOPPED, STARTED, ...
 * @param read        reports (or agreements) looked at
 * @param written     reports rendered and archived
 * @param skipped     reports unchanged since their stored version, so not rendered
 * @param mailed      mails sent (period close)
 * @param start       when it started, with the offset of the JVM's zone; null while it waits
 * @param end         when it ended; null while it runs
 * @param failure     the first failure's message, or null
 * @param mailPending whether the execution failed in its mail step alone (a close before issuing existed mailed
 *                    its finals): every report was made and archived, only mail is still to be sent
 * @param superseded  whether a later execution of the same job instance exists (it was restarted or resumed):
 *                    restarting this one again would do nothing
 */
public record JobSummary(long id, String jobName, String parameters, String status, String exitCode,
        OffsetDateTime start, OffsetDateTime end, long read, long written, long skipped, long mailed, String failure,
        boolean mailPending, boolean superseded) {

    public JobSummary(long id, String jobName, String parameters, String status, String exitCode,
            OffsetDateTime start, OffsetDateTime end, long read, long written, long skipped, long mailed,
            String failure) {
        this(id, jobName, parameters, status, exitCode, start, end, read, written, skipped, mailed, failure, false,
                false);
    }

    /** Whether a restart can run: failed or stopped, and not restarted since. */
    public boolean restartable() {
        return (status.equals("FAILED") || status.equals("STOPPED")) && !superseded;
    }

    /** The same execution, known to have a later execution of its instance. */
    public JobSummary asSuperseded() {
        return new JobSummary(id, jobName, parameters, status, exitCode, start, end, read, written, skipped, mailed,
                failure, mailPending, true);
    }

    public boolean failed() {
        return !status.equals("COMPLETED");
    }
}
