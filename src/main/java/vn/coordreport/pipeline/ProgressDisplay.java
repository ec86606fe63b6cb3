package vn.coordreport.pipeline;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import vn.coordreport.messages.Messages;

/** Shows reports done out of a total: a terminal progress bar, or log lines. */
interface ProgressDisplay {

    void step();

    void close(String status);

    static ProgressDisplay bar(String task, int total) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(Messages.text("pipeline.progress.unit"), 1)
                .setStyle(ProgressBarStyle.ASCII).showSpeed().build();
        return new ProgressDisplay() {
            @Override
            public void step() {
                bar.step();
            }

            @Override
            public void close(String status) {
                bar.close();
            }
        };
    }

    static ProgressDisplay log(String task, int total, int everyReports, Duration every) {
        return new LogLines(task, total, everyReports, every);
    }

    /**
     * INFO lines every so many reports or seconds: {@code nightlyReportsJob: 12/40 báo cáo (30%), còn khoảng
     * 1 phút 12 giây}, the last without a time left.
     */
    final class LogLines implements ProgressDisplay {

        private static final Logger log = LoggerFactory.getLogger(ProgressDisplay.class);

        private final String task;
        private final int total;
        private final int everyReports;
        private final long everyNanos;
        private final long started = System.nanoTime();
        private final AtomicInteger done = new AtomicInteger();
        private volatile long lastLine = started;

        LogLines(String task, int total, int everyReports, Duration every) {
            this.task = task;
            this.total = total;
            this.everyReports = Math.max(1, everyReports);
            this.everyNanos = every.toNanos();
            log.info(Messages.text("pipeline.progress.toCheck", task, total));
        }

        @Override
        public void step() {
            int now = done.incrementAndGet();
            long time = System.nanoTime();
            if (now % everyReports == 0 || time - lastLine >= everyNanos || now == total) {
                lastLine = time;
                log.info(now >= total ? Messages.text("pipeline.progress.stepDone", task, now, total)
                        : Messages.text("pipeline.progress.step", task, now, total, now * 100 / total, eta(now, time)));
            }
        }

        private String eta(int now, long time) {
            Duration d = Duration.ofNanos((time - started) / now * (total - now));
            return d.toMinutes() > 0 ? Messages.text("pipeline.progress.eta.minutes", d.toMinutes(), d.toSecondsPart())
                    : Messages.text("pipeline.progress.eta.seconds", d.toSeconds());
        }

        @Override
        public void close(String status) {
            log.info(Messages.text("pipeline.progress.end", task, status, done.get(), total,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds()));
        }
    }
}
