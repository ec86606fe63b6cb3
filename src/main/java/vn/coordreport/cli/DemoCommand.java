package vn.coordreport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.Importer;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.OnDemandReports;
import vn.coordreport.pipeline.ReportRequest;
import vn.coordreport.render.Format;
import vn.coordreport.messages.Messages;

/**
 * The main job on a fresh machine: loads the three sample sets bundled in the
 * jar (built from real conference articles) and renders the report each was
 * made for (samples/README.md).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Loads the sample data sets bundled in the jar and renders their reports."})
class DemoCommand implements Callable<Integer> {

    private record SampleSet(String folder, String agreement, String period) {
    }

    private static final List<SampleSet> SETS = List.of(
            new SampleSet("quang-tri-2021", "09/QCPH/SNgV-BP", "2021"),
            new SampleSet("tay-ninh-2019", "05/QCPH-SNgV-BĐBP", "2019-H1"),
            new SampleSet("lang-son-2020", "12/QCPH-SNgV-BĐBP", "2020-9M"));

    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    private final Importer importer;
    private final OnDemandReports reports;

    private final Path home;

    DemoCommand(Importer importer, OnDemandReports reports, @Value("${coordreport.home}") Path home) {
        this.importer = importer;
        this.reports = reports;
        this.home = home;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        Progress progress = new Progress(spec.commandLine().getErr());
        int number = 0;
        for (SampleSet set : SETS) {
            number++;
            progress.say(Messages.text("cli.progress.demo.loading", number, SETS.size(), set.folder()));
            ImportOutcome outcome = importSample(set.folder());
            if (outcome.status() == ImportStatus.REJECTED) {
                outcome.problemLines().forEach(spec.commandLine().getErr()::println);
                return ExitCode.JOB_FAILED;
            }
            console.println(set.folder() + ": " + (outcome.status() == ImportStatus.ALREADY_IMPORTED
                    ? Messages.text("demo.alreadyLoaded")
                    : Messages.text("demo.loaded", outcome.rows(), String.valueOf(outcome.importId()),
                            String.join(", ", outcome.files().stream().map(Object::toString).toList()))));
            Period period = Period.parse(set.period());
            progress.say(Messages.text("cli.progress.demo.rendering", number, SETS.size(), set.agreement(),
                    period.vietnameseName(), period.toString()));
            reports.produce(new ReportRequest(set.agreement(), period, null, List.of(Format.PDF), false, out))
                    .forEach(console::println);
        }
        progress.say(Messages.text("cli.progress.demo.done", SETS.size(), out.toAbsolutePath().toString(),
                progress.elapsed()));
        return ExitCode.OK;
    }

    /** Copies the set out of the jar to $COORDREPORT_HOME/samples (the import history names it) and imports it. */
    private ImportOutcome importSample(String folder) throws IOException {
        Path copy = home.resolve("samples").resolve(folder).toAbsolutePath();
        Files.createDirectories(copy);
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:samples/" + folder + "/*.csv")) {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, copy.resolve(file.getFilename()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return importer.importPath(copy, false);
    }
}
