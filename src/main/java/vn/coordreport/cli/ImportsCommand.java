package vn.coordreport.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

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
        Table table = Table.of("imports.head.id", "imports.head.when", "imports.head.by", "imports.head.files",
                "imports.head.rows", "imports.head.new", "imports.head.present", "imports.head.corrected",
                "imports.head.status", "imports.head.source").right(0, 3, 4, 5, 6, 7);
        for (ImportSummary i : imports) {
            table.row(i.id(), Table.time(i.startedAt()), VisibleText.of(i.importedBy()), i.files(), i.rows(), i.added(),
                    i.present(), i.corrected(), i.status(), VisibleText.of(i.source()));
        }
        table.print(out);
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
        Table table = Table.of("imports.lookalikes.kind", "imports.lookalikes.problem", "imports.lookalikes.spelling",
                "imports.lookalikes.imports", "imports.lookalikes.how");
        for (LookAlike l : found) {
            table.row(l.kind(), l.problem(), VisibleText.of(l.spelling()),
                    l.imports().isEmpty() ? Messages.text("imports.lookalikes.builtIn") : l.imports().stream().map(id -> "#" + id)
                            .collect(Collectors.joining(" ")), l.how());
        }
        // indented under the history's note, as a part of it
        table.lines().forEach(line -> out.println("  " + line));
    }
}
