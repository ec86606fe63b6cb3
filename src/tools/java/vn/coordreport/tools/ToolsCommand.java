package vn.coordreport.tools;

import picocli.CommandLine.Command;

/** The top of the tools' command line: the benchmark and the data generator, outside the production jar. */
@Command(name = "coordreport-tools", mixinStandardHelpOptions = true, version = "coordreport-tools 0.1",
        description = "Tools for developers and operators: synthetic data and the benchmark. They run with the "
                + "production jar's classes and settings (COORDREPORT_HOME, SPRING_DATASOURCE_URL ...).",
        subcommands = {
                GenerateDataCommand.class,
                BenchCommand.class,
        },
        footer = {"", "Exit status: 0 success, 1 bad input, 2 usage error, 3 job failed."})
class ToolsCommand {
}
