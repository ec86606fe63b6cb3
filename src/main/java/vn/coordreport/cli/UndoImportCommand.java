package vn.coordreport.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.coordreport.ingest.Importer;
import vn.coordreport.ingest.UndoOutcome;
import vn.coordreport.messages.Messages;

@Command(name = "undo-import", mixinStandardHelpOptions = true,
        description = "Removes everything an import added (refused while a later import uses its agreements or agencies).")
class UndoImportCommand implements Callable<Integer>, DatabaseOnly {

    private final Importer importer;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The import's id, as 'coordreport imports' lists it.")
    long id;

    UndoImportCommand(Importer importer) {
        this.importer = importer;
    }

    @Override
    public Integer call() {
        UndoOutcome outcome = importer.undo(id);
        spec.commandLine().getOut().println(outcome.restored() == 0
                ? Messages.text("undo.done", String.valueOf(outcome.importId()), outcome.total())
                : Messages.text("undo.doneRestored", String.valueOf(outcome.importId()), outcome.total(), outcome.restored()));
        return ExitCode.OK;
    }
}
