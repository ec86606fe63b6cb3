package vn.coordreport.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The benchmark's figures by name, in the order measured, and the checks it made on the way. */
public final class Figures {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> failedChecks = new LinkedHashMap<>();

    void put(String name, Object value) {
        values.put(name, value instanceof Double d ? round(d) : value);
    }

    /** Records a check: its figure, and a failure when it does not hold. */
    void check(String name, boolean holds, String whatShouldHold) {
        if (!holds) {
            failedChecks.put(name, whatShouldHold);
        }
    }

    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    /** The checks that failed (figure name to what should have held): empty when the run did what it should. */
    public Map<String, String> failedChecks() {
        return Collections.unmodifiableMap(failedChecks);
    }

    double number(String name) {
        return ((Number) values.get(name)).doubleValue();
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", value));
    }
}
