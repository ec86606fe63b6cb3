package vn.coordreport.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.coordreport.messages.Messages;

/**
 * {@code coordreport.delivery.*}: the sender and the retry policy.
 *
 * @param from            the sender address, e.g. {@code Sở Ngoại vụ <baocao@sngv.example.org>}
 * @param contact         who recipients should contact, in the body; default: the sender
 * @param maxAttempts     attempts before a transiently failing row is FAILED
 * @param initialBackoff  wait after the first transient failure
 * @param multiplier      each further wait is this many times the one before
 * @param maxBackoff      the longest wait
 * @param sendingTimeout  a row still SENDING after this long was cut off by a crash: it becomes UNCERTAIN
 */
@ConfigurationProperties("coordreport.delivery")
record DeliveryProperties(
        @DefaultValue("coordreport@localhost") String from,
        String contact,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("1m") Duration initialBackoff,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("6h") Duration maxBackoff,
        @DefaultValue("15m") Duration sendingTimeout) {

    DeliveryProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(Messages.text("config.atLeast", "coordreport.delivery.max-attempts", "1",
                    String.valueOf(maxAttempts)));
        }
        if (multiplier < 1) {
            throw new IllegalArgumentException(Messages.text("config.atLeast", "coordreport.delivery.multiplier", "1",
                    String.valueOf(multiplier)));
        }
    }

    /** The wait after the given (1-based) failed attempt. */
    Duration backoff(int attempt) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
    }

    /**
     * Who recipients should contact: the contact set, else the sender; none while the sender is the default
     * {@code coordreport@localhost}, an address no recipient can write to ("xin liên hệ: coordreport@localhost").
     */
    java.util.Optional<String> whomToContact() {
        if (contact != null && !contact.isBlank()) {
            return java.util.Optional.of(contact);
        }
        return from.strip().toLowerCase(java.util.Locale.ROOT).matches("(.*<)?[^@<]+@localhost>?")
                ? java.util.Optional.empty() : java.util.Optional.of(from);
    }
}
