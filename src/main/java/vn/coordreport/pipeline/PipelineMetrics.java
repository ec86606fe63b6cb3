package vn.coordreport.pipeline;

import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The pipeline's meters: {@code coordreport.reports.rendered} (a timer, tags
 * kind DRAFT|FINAL and format) around each rendering, and {@code coordreport.jobs}
 * (a counter, tags job and status) for each job run that ends. Nothing is
 * measured where no registry exists.
 */
@Component
class PipelineMetrics {

    private final ObjectProvider<MeterRegistry> meters;

    PipelineMetrics(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters;
    }

    <T> T rendering(String kind, String format, Supplier<T> render) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry == null) {
            return render.get();
        }
        return Timer.builder("coordreport.reports.rendered").description("Reports rendered, and how long each took")
                .tag("kind", kind).tag("format", format).register(registry).record(render);
    }

    JobSummary ended(JobSummary job) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            registry.counter("coordreport.jobs", "job", job.jobName(), "status", job.status()).increment();
        }
        return job;
    }
}
