package vn.coordreport.pipeline;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code coordreport.jobs} of each job, COMPLETED and FAILED, scraped at 0 from the start (other statuses appear when
 * they happen): an alert on failed jobs can tell zero from missing. Bound once the registry has its filters (the
 * common tags), as every meter of a name must have the same tags.
 */
@Component
class JobMeters implements MeterBinder {

    private static final List<String> USUAL = List.of("COMPLETED", "FAILED");

    @Override
    public void bindTo(MeterRegistry registry) {
        JobNames.ALL.forEach(job -> USUAL.forEach(status -> registry.counter("coordreport.jobs", "job", job, "status",
                status)));
    }
}
