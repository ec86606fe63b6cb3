package vn.coordreport.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.coordreport.cli.ExitCode;
import vn.coordreport.cli.WithoutApplication;
import vn.coordreport.generate.DataGenerator;
import vn.coordreport.generate.GenerateOptions;
import vn.coordreport.generate.GeneratedFile;

@Command(name = "generate-data", mixinStandardHelpOptions = true,
        description = {"Writes synthetic coordination data in the import format (a folder of CSV files) for load tests "
                + "and demonstrations: per province a Sở Ngoại vụ, a Border Guard Command and a Police department, "
                + "agreements between them, records spread over the built-in indicators, and results, limitations, "
                + "tasks, targets, commendations, conferences and recipients.",
                "The same options and seed give byte-identical files. Needs no database."})
class GenerateDataCommand implements Callable<Integer>, WithoutApplication {

    @Spec
    CommandSpec spec;

    @Mixin
    GenerateMixin generate;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the CSV files to.")
    Path out;

    @Override
    public Integer call() throws IOException {
        GenerateOptions options = generate.options();
        long start = System.nanoTime();
        List<GeneratedFile> files = DataGenerator.write(options, out);
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter printer = spec.commandLine().getOut();
        long total = 0;
        for (GeneratedFile file : files) {
            printer.printf("%-40s %,12d rows%n", file.path(), file.rows());
            total += file.rows();
        }
        printer.printf("Generated %,d rows (%d-%d, seed %d) in %.1f s.%n", total, options.firstYear(), options.endYear(),
                options.seed(), seconds);
        return ExitCode.OK;
    }
}
