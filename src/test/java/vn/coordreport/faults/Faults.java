package vn.coordreport.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.awaitility.Awaitility;

/** Waiting, ports and figures for the fault scenarios. */
final class Faults {

    static final Duration POLL = Duration.ofMillis(200);

    private Faults() {
    }

    /** Polls until {@code probe} gives a value, or fails saying what did not happen in time. */
    static <T> T waitFor(Duration timeout, String what, Supplier<Optional<T>> probe) {
        return Awaitility.await(what).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(POLL).until(probe::get, Optional::isPresent).get();
    }

    static void waitUntil(Duration timeout, String what, Supplier<Boolean> condition) {
        waitFor(timeout, what, () -> condition.get() ? Optional.of(true) : Optional.empty());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
    }

    static String seconds(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f s", value);
    }
}
