package vn.coordreport.issuing;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.coordreport.messages.Messages;

/**
 * {@code coordreport.signing.*}.
 *
 * @param tsaUrl      an RFC 3161 timestamp authority; unset: signatures carry no timestamp
 * @param tsaTimeout  how long to wait for it
 * @param threads     documents signed or issued at once in a batch (issuing bodies in parallel, each in number order)
 */
@ConfigurationProperties("coordreport.signing")
record IssuingProperties(URI tsaUrl, @DefaultValue("10s") Duration tsaTimeout, @DefaultValue("2") int threads) {

    IssuingProperties {
        if (threads < 1) {
            throw new IllegalArgumentException(Messages.text("config.atLeast", "coordreport.signing.threads", "1",
                    String.valueOf(threads)));
        }
    }

    Timestamps timestampsOrNull() {
        return tsaUrl == null ? null : new Timestamps(tsaUrl, tsaTimeout);
    }
}
