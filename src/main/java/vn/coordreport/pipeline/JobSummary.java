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
 */
public record JobSummary(long id, String jobName, String parameters, String status, String exitCode,
        OffsetDateTime start, OffsetDateTime end, long read, long written, long skipped, long mailed, String failure) {

    public boolean failed() {
        return !status.equals("COMPLETED");
    }
}
