package vn.coordreport.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.coordreport.ingest.ImportSummary;
import vn.coordreport.ingest.Importer;

@Command(name = "imports", mixinStandardHelpOptions = true, description = "Lists every import: id, when, source, files, rows (new, already present, corrected), status.")
class ImportsCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Importer importer;

    @Spec
    CommandSpec spec;

    ImportsCommand(Importer importer) {
        this.importer = importer;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ImportSummary> imports = importer.history();
        if (imports.isEmpty()) {
            out.println("No imports yet.");
            return ExitCode.OK;
        }
        out.printf("%5s  %-19s  %-10s  %5s  %10s  %10s  %10s  %9s  %-7s  %s%n", "id", "when", "by", "files", "rows", "new",
                "present", "corrected", "status", "source");
        for (ImportSummary i : imports) {
            out.printf("%5d  %-19s  %-10s  %5d  %10d  %10d  %10d  %9d  %-7s  %s%n", i.id(),
                    WHEN.format(i.startedAt().atZoneSameInstant(ZoneId.systemDefault())), i.importedBy(), i.files(),
                    i.rows(), i.added(), i.present(), i.corrected(), i.status(), i.source());
        }
        return ExitCode.OK;
    }
}
