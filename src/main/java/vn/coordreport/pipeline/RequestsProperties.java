package vn.coordreport.pipeline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.coordreport.messages.Messages;

/**
 * How report requests run.
 *
 * @param threads     reports rendered at once for requests on this node
 * @param queue       requests waiting beyond those; more are refused (the API answers 503)
 * @param staleAfter  a request still QUEUED or RUNNING after this long was cut off (its node stopped) and is
 *                    marked FAILED, so that an identical request starts afresh
 */
@ConfigurationProperties("coordreport.requests")
record RequestsProperties(@DefaultValue("2") int threads, @DefaultValue("100") int queue,
        @DefaultValue("30m") Duration staleAfter) {

    RequestsProperties {
        if (threads < 1) {
            throw new IllegalArgumentException(Messages.text("config.atLeast", "coordreport.requests.threads", "1",
                    String.valueOf(threads)));
        }
        if (queue < 1) {
            throw new IllegalArgumentException(Messages.text("config.atLeast", "coordreport.requests.queue", "1",
                    String.valueOf(queue)));
        }
    }
}
