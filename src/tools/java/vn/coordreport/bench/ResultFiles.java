package vn.coordreport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code result.json} (every figure, flat) and {@code result.md} (the targets beside their figures). */
final class ResultFiles {

    /** The steal (in % of the CPU time) from which a step's figures are flagged. */
    static final double STEAL_WARNING = 5;

    private ResultFiles() {
    }

    static String json(Figures figures) {
        return figures.values().entrySet().stream()
                .map(e -> "  " + quote(e.getKey()) + ": " + value(e.getValue()))
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
    }

    static String markdown(Figures figures) {
        StringBuilder md = new StringBuilder();
        md.append(String.format("Benchmark: %s records, %s agreements, %s threads, max heap %s MB%n%n",
                Targets.format(figures.number("records")), Targets.format(figures.number("agreements")),
                figures.values().get("threads"), figures.values().get("max_heap_mb")));
        md.append("| figure | measured | target | |\n|---|---:|---|---|\n");
        for (Targets.Target t : Targets.ALL) {
            if (!figures.values().containsKey(t.figure())) {
                continue; // a run of some steps only (bench --dashboard-only)
            }
            md.append("| ").append(t.meaning()).append(" `").append(t.figure()).append("` | ")
                    .append(Targets.format(figures.number(t.figure()))).append(" | ").append(t.bound(figures))
                    .append(" | ").append(t.met(figures) ? "pass" : "**miss**").append(" |\n");
        }
        md.append(stealWarning(figures));
        md.append("\n| other figure | measured |\n|---|---:|\n");
        for (Map.Entry<String, Object> e : figures.values().entrySet()) {
            if (Targets.ALL.stream().noneMatch(t -> t.figure().equals(e.getKey()))) {
                md.append("| `").append(e.getKey()).append("` | ").append(e.getValue() instanceof Number n
                        ? Targets.format(n.doubleValue()) : String.valueOf(e.getValue())).append(" |\n");
            }
        }
        if (figures.failedChecks().isEmpty()) {
            md.append("\nEvery check held (rendered counts, archive rows, records imported).\n");
        } else {
            md.append("\nChecks that failed:\n\n");
            figures.failedChecks().forEach((name, what) -> md.append("- `").append(name).append("`: ").append(what)
                    .append('\n'));
        }
        return md.toString();
    }

    /** A line under the targets when the hypervisor took 5% or more of the CPU during a timed step, else nothing. */
    private static String stealWarning(Figures figures) {
        String stolen = Stream.of(Map.entry("import", "import_steal_pct"), Map.entry("close", "close_steal_pct"),
                        Map.entry("signing and issuing", "sign_issue_steal_pct"), Map.entry("floors", "floor_steal_pct"))
                .filter(step -> figures.values().get(step.getValue()) instanceof Number n
                        && n.doubleValue() >= STEAL_WARNING)
                .map(step -> step.getKey() + " " + Math.round(figures.number(step.getValue())) + "%")
                .collect(Collectors.joining(", "));
        return stolen.isEmpty() ? "" : "\nThe hypervisor took CPU time from this machine while it measured (steal: "
                + stolen + "): those figures are slower than the machine is. Measure again when it is quieter.\n";
    }

    static void write(Path folder, Figures figures) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("result.json"), json(figures), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("result.md"), markdown(figures), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results into " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return quote(value.toString());
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }
}
