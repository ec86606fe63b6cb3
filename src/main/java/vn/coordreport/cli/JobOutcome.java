package vn.coordreport.cli;

import java.io.PrintWriter;

import vn.coordreport.pipeline.JobNames;
import vn.coordreport.pipeline.JobSummary;
import vn.coordreport.messages.Messages;

/** How a job command reports its run: one line, and on failure what to do next. Exit 3 when it failed. */
final class JobOutcome {

    private JobOutcome() {
    }

    static int print(JobSummary s, PrintWriter out, PrintWriter err) {
        // a close mails nothing since issuing exists: its finals wait for review (executions from before did mail)
        // the job's name, the execution id and the status (a code) open the line: the fault scenarios find them there
        String counts = Messages.text("job.counts", s.read(), s.written(), s.skipped())
                + (s.mailed() > 0 ? Messages.text("job.mailed", s.mailed()) : "")
                + (s.jobName().equals(JobNames.PERIOD_CLOSE) ? Messages.text("job.finalsWait") : "");
        String line = Messages.text("job.line", s.jobName(), String.valueOf(s.id()), s.status(), counts, s.parameters());
        if (!s.failed()) {
            out.println(line);
            return ExitCode.OK;
        }
        err.println(line);
        if (s.failure() != null) {
            err.println(Messages.text("job.cause", s.failure()));
        }
        err.println(Messages.text("job.restartHint", String.valueOf(s.id())));
        return ExitCode.JOB_FAILED;
    }
}
