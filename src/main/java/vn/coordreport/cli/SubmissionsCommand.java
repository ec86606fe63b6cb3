package vn.coordreport.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;
import vn.coordreport.submission.SubmissionRow;
import vn.coordreport.submission.Submissions;

@Command(name = "submissions", mixinStandardHelpOptions = true,
        description = {"Tình hình gửi số liệu của một kỳ: mỗi dòng một quy chế và một cơ quan thành viên, với hạn "
                + "gửi, ngày gửi gần nhất và một trong các từ ON_TIME (đúng hạn), LATE (trễ hạn), MISSING (chưa gửi, "
                + "đã quá hạn), PENDING (chưa gửi, còn hạn).",
                "Hạn gửi: ngày chốt số liệu của kỳ cộng coordreport.submission.deadline-working-days ngày làm việc."})
class SubmissionsCommand implements Callable<Integer>, DatabaseOnly {

    private final Submissions submissions;
    private final AgreementCatalog catalog;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "Kỳ báo cáo: 2019-H1, 2020-9M, 2021-Q3, 2021 ...")
    Period period;

    @Option(names = "--agreement", paramLabel = "CODE", description = "Chỉ quy chế này.")
    String agreement;

    SubmissionsCommand(Submissions submissions, AgreementCatalog catalog) {
        this.submissions = submissions;
        this.catalog = catalog;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SubmissionRow> rows = submissions.of(period, agreement, null);
        if (rows.isEmpty()) {
            if (agreement != null && catalog.find(agreement).isEmpty()) {
                // no such agreement: that, and the one meant, not that it was not in force
                AgreementHint.unlessKnown(catalog, agreement, spec.commandLine().getErr());
                return ExitCode.BAD_INPUT;
            }
            out.println(agreement == null ? Messages.text("submissions.none", period.toString())
                    : Messages.text("submissions.noneOf", period.toString(), agreement));
            return agreement == null ? ExitCode.OK : ExitCode.BAD_INPUT;
        }
        // the order of the columns and the status words are read by outside checks
        Table table = Table.of("table.agreement", "submissions.head.agencyCode", "submissions.head.agencyName",
                "submissions.head.deadline", "submissions.head.lastSent", "submissions.head.status");
        for (SubmissionRow r : rows) {
            table.row(r.agreementCode(), r.agencyCode(), r.agencyName(), Table.day(r.deadline()), Table.day(r.lastSent()),
                    r.status().name());
        }
        table.print(out);
        return ExitCode.OK;
    }
}
