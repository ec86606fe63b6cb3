package vn.coordreport.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Issue 6's targets (2 cores, 10 million records, 340 agreements, {@code -Xmx512m}), each beside its figure. */
final class Targets {

    record Target(String figure, String meaning, boolean atLeast, String limitText, ToDoubleFunction<Figures> limit) {

        boolean met(Figures figures) {
            double value = figures.number(figure);
            double bound = limit.applyAsDouble(figures);
            return atLeast ? value >= bound : value <= bound;
        }

        String bound(Figures figures) {
            return (atLeast ? "≥ " : "≤ ") + limitText
                    + (limitText.matches("[0-9 .,]+") ? "" : " (" + format(limit.applyAsDouble(figures)) + ")");
        }
    }

    static final List<Target> ALL = List.of(
            new Target("import_records_per_s", "import throughput (records / s)", true, "250 000", f -> 250_000),
            new Target("close_seconds", "full period close (s)", false, "30", f -> 30),
            new Target("ratio", "close / floor", false, "1.3", f -> 1.3),
            new Target("sign_issue_seconds", "sign and issue every final of the close (s)", false, "the close",
                    f -> f.number("close_seconds")),
            new Target("nightly_unchanged_seconds", "nightly, nothing changed (s)", false, "5", f -> 5),
            new Target("nightly_1pct_seconds", "nightly after a 1% change (s)", false, "10% of the close",
                    f -> 0.1 * f.number("close_seconds")),
            new Target("on_demand_warm_ms", "one on-demand report, warm (ms)", false, "1000", f -> 1000),
            new Target("dashboard_query_max_ms", "slowest dashboard statement, one province (ms)", false, "300",
                    f -> 300),
            new Target("peak_heap_mb", "peak heap (MB)", false, "512", f -> 512));

    private Targets() {
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value).replace(',', ' ');
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }
}
