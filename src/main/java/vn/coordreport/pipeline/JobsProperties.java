package vn.coordreport.pipeline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.coordreport.messages.Messages;

/**
 * How the Batch jobs run.
 *
 * @param threads                  agreements rendered in parallel by the nightly job
 * @param closeGraceWorkingDays    working days (Monday to Friday) after a period's cut-off before it may be closed
 * @param progressEveryReports     without a terminal, a progress line in the log every this many reports ...
 * @param progressEverySeconds     ... or this many seconds, whichever comes first
 */
@ConfigurationProperties("coordreport.jobs")
record JobsProperties(@DefaultValue("2") int threads, @DefaultValue("3") int closeGraceWorkingDays,
        @DefaultValue("10") int progressEveryReports, @DefaultValue("5") int progressEverySeconds) {

    JobsProperties {
        if (threads < 1) {
            throw new IllegalArgumentException(Messages.text("config.atLeast", "coordreport.jobs.threads", "1",
                    String.valueOf(threads)));
        }
        if (closeGraceWorkingDays < 0) {
            throw new IllegalArgumentException(Messages.text("config.notNegative", "coordreport.jobs.close-grace-working-days"));
        }
    }
}
