package vn.coordreport.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.ImportedFile;
import vn.coordreport.ingest.Importer;
import vn.coordreport.ingest.VisibleText;
import vn.coordreport.messages.Messages;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports coordination data: a folder of CSV files or an .xlsx workbook (see import-format.md).",
                "Everything is checked first; on any problem nothing is written and every problem is listed as "
                        + "file:line: column: message."})
class ImportCommand implements Callable<Integer>, DatabaseOnly {

    /** From this many records on, an import says how fast it went. */
    private static final long LARGE = 100_000;

    private final Importer importer;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "A folder of CSV files, one CSV file, or an .xlsx workbook.")
    Path path;

    @Option(names = "--dry-run", description = "Check everything, write nothing.")
    boolean dryRun;

    ImportCommand(Importer importer) {
        this.importer = importer;
    }

    /** A large import checks and loads for minutes: its process keeps C2. */
    @Override
    public boolean shortLived() {
        return false;
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        new Progress(spec.commandLine().getErr()).say(Messages.text("cli.progress.import", path.toString(), dryRun ? 1 : 0));
        ImportOutcome outcome = importer.importPath(path, dryRun);
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (outcome.status() == ImportStatus.REJECTED) {
            outcome.problemLines().forEach(err::println);
            err.println(Messages.text("import.rejected", outcome.problemCount()));
            return ExitCode.BAD_INPUT;
        }
        for (ImportedFile file : outcome.files()) {
            out.printf("%-32s %s%n", VisibleText.of(file.name()), file.skipped()
                    ? Messages.text("import.file.alreadyImported", String.valueOf(file.alreadyImportedBy()))
                    : Messages.text("import.file.rows", file.rows()) + (file.counts() == null ? "" : ": " + counts(file.counts())));
        }
        switch (outcome.status()) {
            case IMPORTED -> {
                out.println(Messages.text("import.done", String.valueOf(outcome.importId()), outcome.rows(),
                        counts(outcome.counts())));
                if (outcome.records() >= LARGE) {
                    out.println(Messages.text("import.speed", outcome.records(), seconds, Math.round(outcome.records() / seconds)));
                }
            }
            case VALIDATED -> out.println(Messages.text("import.dryRun", outcome.rows(), counts(outcome.counts())));
            case ALREADY_IMPORTED -> out.println(Messages.text("import.nothingToDo"));
            default -> throw new IllegalStateException(outcome.status().name());
        }
        if (!outcome.notices().isEmpty()) {
            out.println(Messages.text("import.notices"));
            outcome.noticeLines().forEach(line -> out.println("  " + line));
        }
        return ExitCode.OK;
    }

    /** What the rows are (import format 1.1 "Re-submission"): a re-submitted file adds only what is new. */
    private static String counts(ImportedFile.Counts counts) {
        return Messages.text(counts.corrected() == 0 ? "import.counts" : "import.countsCorrected", counts.added(),
                counts.present(), counts.corrected());
    }
}
