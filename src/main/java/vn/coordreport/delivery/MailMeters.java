package vn.coordreport.delivery;

import java.util.Arrays;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code coordreport.mails} of each outcome, scraped at 0 from the start: a counter that appears with its first mail
 * cannot be told from one that is missing. Bound once the registry has its filters (the common tags), as every meter
 * of a name must have the same tags.
 */
@Component
class MailMeters implements MeterBinder {

    @Override
    public void bindTo(MeterRegistry registry) {
        Arrays.stream(ReportDelivery.OUTCOMES).distinct().forEach(o -> registry.counter("coordreport.mails", "outcome", o));
    }
}
