package vn.coordreport.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code coordreport.import.rows}, scraped at 0 from the start. Bound once the registry has its filters (the common
 * tags), as every meter of a name must have the same tags.
 */
@Component
class ImportMeters implements MeterBinder {

    @Override
    public void bindTo(MeterRegistry registry) {
        registry.counter("coordreport.import.rows");
    }
}
