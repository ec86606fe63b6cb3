package vn.coordreport.cli;

import picocli.CommandLine.Command;

/** The top of the command line: only subcommands do anything. */
@Command(name = "coordreport", mixinStandardHelpOptions = true, version = "coordreport 0.1",
        description = "Review reports on coordination regulations (quy chế phối hợp).",
        subcommands = {
                ImportCommand.class,
                ImportsCommand.class,
                UndoImportCommand.class,
                AgreementsCommand.class,
                ReportCommand.class,
                ReportsCommand.class,
                DeliveriesCommand.class,
                DemoCommand.class,
                RunNightlyCommand.class,
                ClosePeriodCommand.class,
                RestartCommand.class,
                JobsCommand.class,
                SchedulesCommand.class,
                ServeCommand.class,
                UsersCommand.class,
                KeysCommand.class,
                ApprovalsCommand.class,
                ApproveCommand.class,
                RejectCommand.class,
                SignCommand.class,
                IssueCommand.class,
                RegisterCommand.class,
                ReopenCommand.class,
                TemplateCommand.class,
                SubmissionsCommand.class,
        },
        footer = {"", "Exit status: 0 success, 1 bad input, 2 usage error, 3 job failed."})
class CoordreportCommand {
}
