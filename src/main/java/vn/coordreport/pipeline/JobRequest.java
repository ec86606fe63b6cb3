package vn.coordreport.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/**
 * One run of a Batch job as it was asked for: the nightly drafts as of a day,
 * or the close of a period. {@code run} (the request or fire time, to the
 * millisecond) makes it a job instance of its own, so the same request given
 * again, by whichever node, resumes that instance rather than starting another.
 *
 * @param asOf      the nightly job's day, else null
 * @param period    the period to close, else null
 * @param calendar  for a close, the deployment's calendar to use, or null for each agreement's own
 * @param force     close even before the cut-off and the grace days have passed
 */
public record JobRequest(String job, LocalDate asOf, Period period, PeriodCalendar calendar, boolean force,
        Instant run) {

    public JobRequest {
        if (!job.equals(JobNames.NIGHTLY) && !job.equals(JobNames.PERIOD_CLOSE)) {
            throw new IllegalArgumentException("no job '" + job + "': " + JobNames.NIGHTLY + " or "
                    + JobNames.PERIOD_CLOSE);
        }
        if (job.equals(JobNames.NIGHTLY) ? asOf == null : period == null) {
            throw new IllegalArgumentException(job + " needs " + (asOf == null ? "a day (asOf)" : "a period"));
        }
        run = run.truncatedTo(ChronoUnit.MILLIS);
    }

    public static JobRequest nightly(LocalDate asOf, Instant run) {
        return new JobRequest(JobNames.NIGHTLY, asOf, null, null, false, run);
    }

    public static JobRequest close(Period period, PeriodCalendar calendarOrNull, boolean force, Instant run) {
        return new JobRequest(JobNames.PERIOD_CLOSE, null, period, calendarOrNull, force, run);
    }

    /**
     * As the logs say it, in the words of the job's parameters, which are the same in every language:
     * {@code periodCloseJob period=2021 run=2021-12-20T02:00:00Z}.
     */
    @Override
    public String toString() {
        return job + " " + (asOf != null ? "asOf=" + asOf : "period=" + period + (force ? " force=true" : "")) + " run="
                + run;
    }
}
