package vn.coordreport.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.coordreport.period.Period;
import vn.coordreport.submission.SubmissionRow;
import vn.coordreport.submission.Submissions;

@Command(name = "submissions", mixinStandardHelpOptions = true,
        description = {"Tình hình gửi số liệu của một kỳ: mỗi dòng một quy chế và một cơ quan thành viên, với hạn "
                + "gửi, ngày gửi gần nhất và một trong các từ ON_TIME (đúng hạn), LATE (trễ hạn), MISSING (chưa gửi, "
                + "đã quá hạn), PENDING (chưa gửi, còn hạn).",
                "Hạn gửi: ngày chốt số liệu của kỳ cộng coordreport.submission.deadline-working-days ngày làm việc."})
class SubmissionsCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Submissions submissions;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "Kỳ báo cáo: 2019-H1, 2020-9M, 2021-Q3, 2021 ...")
    Period period;

    @Option(names = "--agreement", paramLabel = "CODE", description = "Chỉ quy chế này.")
    String agreement;

    SubmissionsCommand(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SubmissionRow> rows = submissions.of(period, agreement, null);
        if (rows.isEmpty()) {
            out.println("Không có quy chế nào" + (agreement == null ? "" : " số " + agreement)
                    + " có hiệu lực trong kỳ " + period + ".");
            return agreement == null ? ExitCode.OK : ExitCode.BAD_INPUT;
        }
        String row = "%-24s  %-12s  %-44s  %-10s  %-10s  %s%n";
        out.printf(row, "quy chế", "mã cơ quan", "tên cơ quan", "hạn gửi", "ngày gửi", "tình trạng");
        for (SubmissionRow r : rows) {
            out.printf(row, r.agreementCode(), r.agencyCode(), r.agencyName(), day(r.deadline()), day(r.lastSent()),
                    r.status().name());
        }
        return ExitCode.OK;
    }

    private static String day(LocalDate date) {
        return date == null ? "-" : DAY.format(date);
    }
}
