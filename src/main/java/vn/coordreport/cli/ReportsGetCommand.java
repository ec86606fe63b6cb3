package vn.coordreport.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.files.WholeFiles;
import vn.coordreport.messages.Messages;

@Command(name = "get", mixinStandardHelpOptions = true,
        description = "Writes an archived report version to a file (whole or not at all) and prints its path.")
class ReportsGetCommand implements Callable<Integer>, DatabaseOnly {

    private final ReportArchive archive;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The version's id, as 'coordreport reports' lists it.")
    long id;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    ReportsGetCommand(ReportArchive archive) {
        this.archive = archive;
    }

    @Override
    public Integer call() {
        ArchivedReport version = archive.find(id)
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("reports.noVersion", String.valueOf(id))));
        Path written = WholeFiles.write(OutputFolder.of(out), version.fileName(), archive.content(id));
        spec.commandLine().getOut().println(written);
        return ExitCode.OK;
    }
}
