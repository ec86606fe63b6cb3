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
import vn.coordreport.ingest.LookAlike;
import vn.coordreport.ingest.LookAlikes;
import vn.coordreport.ingest.VisibleText;
import vn.coordreport.messages.Messages;

/**
 * The import history. A source is the name a user gave an upload: it is printed with control characters
 * escaped ({@link VisibleText}), so that a name holding terminal escapes cannot clear or rewrite the screen.
 */
@Command(name = "imports", mixinStandardHelpOptions = true, description = "Lists every import: id, when, source, files, rows (new, already present, corrected), status.")
class ImportsCommand implements Callable<Integer>, DatabaseOnly {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Importer importer;
    private final LookAlikes lookAlikes;

    @Spec
    CommandSpec spec;

    ImportsCommand(Importer importer, LookAlikes lookAlikes) {
        this.importer = importer;
        this.lookAlikes = lookAlikes;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ImportSummary> imports = importer.history();
        if (imports.isEmpty()) {
            out.println(Messages.text("imports.none"));
            return ExitCode.OK;
        }
        out.printf("%5s  %-19s  %-10s  %5s  %10s  %10s  %10s  %9s  %-7s  %s%n", Messages.text("imports.head.id"),
                Messages.text("imports.head.when"), Messages.text("imports.head.by"), Messages.text("imports.head.files"),
                Messages.text("imports.head.rows"), Messages.text("imports.head.new"), Messages.text("imports.head.present"),
                Messages.text("imports.head.corrected"), Messages.text("imports.head.status"), Messages.text("imports.head.source"));
        for (ImportSummary i : imports) {
            out.printf("%5d  %-19s  %-10s  %5d  %10d  %10d  %10d  %9d  %-7s  %s%n", i.id(),
                    WHEN.format(i.startedAt().atZoneSameInstant(ZoneId.systemDefault())), VisibleText.of(i.importedBy()),
                    i.files(), i.rows(), i.added(), i.present(), i.corrected(), i.status(), VisibleText.of(i.source()));
        }
        printLookAlikes(out);
        return ExitCode.OK;
    }

    /**
     * The codes that look like others, left by imports made before codes were compared in NFC: shown under the
     * history, as the way to mend them is to undo the import that brought the wrong spelling and import it again.
     */
    private void printLookAlikes(PrintWriter out) {
        List<LookAlike> found = lookAlikes.list();
        if (found.isEmpty()) {
            return;
        }
        out.println();
        out.println(Messages.text("imports.lookalikes"));
        out.printf("  %-10s  %-11s  %-24s  %-12s  %s%n", Messages.text("imports.lookalikes.kind"),
                Messages.text("imports.lookalikes.problem"), Messages.text("imports.lookalikes.spelling"),
                Messages.text("imports.lookalikes.imports"), Messages.text("imports.lookalikes.how"));
        for (LookAlike l : found) {
            out.printf("  %-10s  %-11s  %-24s  %-12s  %s%n", l.kind(), l.problem(), VisibleText.of(l.spelling()),
                    l.imports().isEmpty() ? Messages.text("imports.lookalikes.builtIn") : l.imports().stream().map(id -> "#" + id)
                            .collect(java.util.stream.Collectors.joining(" ")), l.how());
        }
    }
}
