package vn.coordreport.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.messages.DateFormats;
import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.pipeline.OnDemandReports;
import vn.coordreport.pipeline.ReportRequest;
import vn.coordreport.render.Format;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Renders the review report of one agreement for one period and prints the path of each file written."})
class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--agreement", required = true, paramLabel = "CODE",
            description = "The agreement's code as written, e.g. 09/QCPH/SNgV-BP.")
    String agreement;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "2019-H1, 2019-H2, 2020-9M, 2021-Q3, 2021, or a range 2016-06-25..2023-10-25.")
    Period period;

    @Option(names = "--format", split = ",", defaultValue = "pdf", paramLabel = "pdf|docx",
            description = "pdf (default) or docx; pdf,docx writes both.")
    List<Format> formats;

    @Option(names = "--final", description = "A numbered final report (PDF/A-2b) instead of a draft.")
    boolean finalReport;

    @Option(names = "--calendar", paramLabel = "decree-09|calendar", converter = PeriodConverter.Calendar.class,
            description = "The period calendar; default: the agreement's, else coordreport.period-calendar.")
    PeriodCalendar calendar;

    @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    private final OnDemandReports reports;

    ReportCommand(OnDemandReports reports) {
        this.reports = reports;
    }

    @Override
    public Integer call() {
        new Progress(spec.commandLine().getErr()).say(Messages.text("cli.progress.report", agreement.trim(),
                period.vietnameseName(), String.join(", ", formats.stream().map(Format::name).toList()),
                finalReport ? 1 : 0, period.toString()));
        List<OnDemandReports.Written> files = reports.write(new ReportRequest(agreement.trim(), period, calendar, formats,
                finalReport, OutputFolder.check(out)));
        for (OnDemandReports.Written file : files) {
            if (file.earlier()) {
                // asked for a new final after a reopening, a clerk got the issued document back without a word
                ArchivedReport v = file.version();
                spec.commandLine().getErr().println(Messages.text("cli.report.note", v.documentNumber() != null
                        ? Messages.text("cli.report.earlierIssued", v.numberAndSymbol(),
                                v.issuedOn() == null ? "" : DateFormats.DAY.format(v.issuedOn()))
                        : Messages.text("cli.report.earlier", String.valueOf(v.version()))));
            }
            spec.commandLine().getOut().println(file.path());
        }
        return ExitCode.OK;
    }
}
