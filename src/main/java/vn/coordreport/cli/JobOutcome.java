package vn.coordreport.cli;

import java.io.PrintWriter;

import vn.coordreport.pipeline.JobSummary;

/** How a job command reports its run: one line, and on failure what to do next. Exit 3 when it failed. */
final class JobOutcome {

    private JobOutcome() {
    }

    static int print(JobSummary s, PrintWriter out, PrintWriter err) {
        // a close mails nothing since issuing exists: its finals wait for review (executions from before did mail)
        String counts = String.format("%d reports checked, %d rendered and archived, %d unchanged", s.read(),
                s.written(), s.skipped()) + (s.mailed() > 0 ? ", " + s.mailed() + " mails sent" : "")
                + (s.jobName().equals("periodCloseJob") ? "; the finals wait for review ('coordreport approvals')" : "");
        if (!s.failed()) {
            out.printf("%s execution %d %s: %s (%s)%n", s.jobName(), s.id(), s.status(), counts, s.parameters());
            return ExitCode.OK;
        }
        err.printf("%s execution %d %s: %s (%s)%n", s.jobName(), s.id(), s.status(), counts, s.parameters());
        if (s.failure() != null) {
            err.println("cause: " + s.failure());
        }
        err.printf("Fix the cause, then continue where it stopped: coordreport restart %d%n", s.id());
        return ExitCode.JOB_FAILED;
    }
}
