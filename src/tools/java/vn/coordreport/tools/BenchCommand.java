package vn.coordreport.tools;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.coordreport.bench.BenchOptions;
import vn.coordreport.bench.Benchmark;
import vn.coordreport.bench.Figures;
import vn.coordreport.cli.ExitCode;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures coordreport on an empty database that it fills itself (a new COORDREPORT_HOME, or an "
                + "empty database at SPRING_DATASOURCE_URL; any other is refused): generates data as generate-data "
                + "does (or reuses --data) and imports it, makes one cold on-demand report, warms the process by "
                + "closing the years before, closes the last year of the data (final PDF/A for every agreement; "
                + "mails queued, none sent) and measures its floors, runs "
                + "the nightly job three times (first, nothing changed, after new records for 1%% of the agreements), "
                + "and makes warm on-demand reports.",
                "Writes result.json and result.md into --out and prints the table. Exit 1 for bad input, 3 when a "
                        + "check failed (a wrong count of reports or records)."})
class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GenerateMixin generate;

    @Option(names = "--data", paramLabel = "DIR", description = "The generated data: generated into DIR unless it holds "
            + "a records.csv already, which is then imported as it is (the generate options are ignored). "
            + "Default: OUT/data.")
    Path data;

    @Option(names = "--out", defaultValue = "target/bench", paramLabel = "OUT",
            description = "Where result.json and result.md are written (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--warm-up-closes", defaultValue = "3", paramLabel = "N",
            description = "Closes of the years before the measured one that warm the process first, as a serving "
                    + "node is warm (the JIT compiler settles after minutes of work on 2 cores); fewer when the data "
                    + "has fewer years. Default ${DEFAULT-VALUE}.")
    int warmUps;

    @Option(names = "--dashboard-only", description = "After the import, time the dashboard's statements only "
            + "(no close, issuing, nightly or on-demand report): minutes instead of an hour at 10 million records.")
    boolean dashboardOnly;

    private final Benchmark benchmark;

    BenchCommand(Benchmark benchmark) {
        this.benchmark = benchmark;
    }

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        BenchOptions options = new BenchOptions(generate.options(), data != null ? data : out.resolve("data"), out,
                warmUps, dashboardOnly);
        Figures figures = benchmark.run(options, console);
        console.println();
        console.print(benchmark.table(figures));
        console.printf("%nWritten: %s and %s%n", out.resolve("result.json"), out.resolve("result.md"));
        if (!figures.failedChecks().isEmpty()) {
            spec.commandLine().getErr().println("bench: some checks failed: " + figures.failedChecks().keySet());
            return ExitCode.JOB_FAILED;
        }
        return ExitCode.OK;
    }
}
