package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import vn.coordreport.CoordreportApplication;

/**
 * Usage errors and {@code --help} answer before anything starts, in Vietnamese,
 * and in English with {@code coordreport.locale=en} (a system property or
 * {@code COORDREPORT_LOCALE}); a usage error names the option and exits 2.
 */
class UsageLanguageTests {

    /** A letter only Vietnamese writes (a tone mark, đ, ơ, ư ...): no English sentence has one. */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", Pattern.CASE_INSENSITIVE);

    private String saved;

    @BeforeEach
    void vietnameseUnlessSaidOtherwise() {
        saved = System.getProperty("coordreport.locale");
        System.clearProperty("coordreport.locale");
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty("coordreport.locale");
        } else {
            System.setProperty("coordreport.locale", saved);
        }
    }

    @Test
    void anUnknownOptionIsNamedInVietnamese() {
        Run run = run("users", "add", "x", "--password", "y");

        assertThat(run.status).isEqualTo(ExitCode.USAGE);
        // with what was meant, though a required option is missing too
        assertThat(run.err.lines()).containsExactly(
                "Lệnh 'coordreport users add' không có tùy chọn '--password'. Có phải anh/chị định gõ: "
                        + "--password-stdin?",
                "Thiếu tùy chọn bắt buộc: --role ROLE[,ROLE...].",
                "Xem hướng dẫn: 'coordreport users add --help'.");
        assertThat(run("report", "--agrement", "X", "--period", "2021").err).startsWith("Lệnh 'coordreport report' "
                + "không có tùy chọn '--agrement'. Có phải anh/chị định gõ: --agreement?");
        assertThat(run("users", "add", "x", "--role", "VIEWER", "--password", "y").err).startsWith(
                "Lệnh 'coordreport users add' không có tùy chọn '--password'. Có phải anh/chị định gõ: --password-stdin?");
    }

    @Test
    void aSettingWrittenAsAnOptionIsToldItsEnvironmentVariable() {
        Run run = run("serve", "--server.port=18391");

        assertThat(run.status).isEqualTo(ExitCode.USAGE);
        assertThat(run.err.lines().findFirst()).hasValue("Lệnh 'coordreport serve' không có tùy chọn "
                + "'--server.port=18391'. Thiết lập server.port không phải là tùy chọn của lệnh: hãy đặt nó bằng biến "
                + "môi trường, ví dụ 'SERVER_PORT=18391 coordreport serve' (xem docs/configuration.md).");
        assertThat(run("users", "list", "--spring.datasource.url=jdbc:postgresql://db/cr").err)
                .contains("ví dụ 'SPRING_DATASOURCE_URL=jdbc:postgresql://db/cr coordreport users list'");
    }

    @Test
    void optionsThatDoNotGoTogetherAreNamedInVietnamese() {
        Run run = run("users", "change", "lan", "--province", "Huế", "--all-provinces");

        assertThat(run.status).isEqualTo(ExitCode.USAGE);
        // not picocli's "--province=PROVINCE, --all-provinces are mutually exclusive (specify only one)"
        assertThat(run.err.lines().findFirst()).hasValue("Các tùy chọn --province, --all-provinces không dùng cùng "
                + "nhau: chỉ dùng một trong số đó.");
    }

    @Test
    void anUnknownOptionIsNamedInEnglishWithCoordreportLocaleEn() {
        System.setProperty("coordreport.locale", "en");

        Run run = run("users", "add", "x", "--password", "y");

        assertThat(run.status).isEqualTo(ExitCode.USAGE);
        assertThat(run.err.lines().findFirst()).contains("'coordreport users add' has no option '--password'. "
                + "Did you mean: --password-stdin?");
    }

    @Test
    void missingAndInvalidValuesNameTheirOption() {
        assertThat(run("users", "add", "x").err).startsWith("Thiếu tùy chọn bắt buộc: --role ROLE[,ROLE...].");
        assertThat(run("users", "add", "x", "--role").err).startsWith("Tùy chọn --role cần có giá trị (ROLE[,ROLE...]).");
        assertThat(run("jobs", "--limit", "abc").err)
                .startsWith("Giá trị 'abc' của tùy chọn --limit không hợp lệ: phải là một số nguyên.");
        assertThat(run("users", "add", "x", "--role", "A", "--role", "B").err)
                .startsWith("Tùy chọn --role chỉ được ghi một lần.");
        assertThat(run("users", "add", "x", "y", "--role", "A").err)
                .startsWith("Lệnh 'coordreport users add' không nhận thêm tham số 'y'.");
        // a list's value names what it may be; a day says how to write it
        assertThat(run("report", "--agreement", "X", "--period", "2021", "--format", "pdf,xls").err)
                .startsWith("Giá trị 'xls' của tùy chọn --format không hợp lệ").contains("PDF, DOCX");
        assertThat(run("run-nightly", "--as-of", "2021-02-31").err)
                .startsWith("Giá trị '2021-02-31' của tùy chọn --as-of không hợp lệ: phải là một ngày có thật: tháng 2 "
                        + "năm 2021 chỉ có 28 ngày.");
        assertThat(run("run-nightly", "--as-of", "31/04/2023").err).contains("tháng 4 năm 2023 chỉ có 30 ngày");
        assertThat(run("run-nightly", "--as-of", "mai").err).contains("ghi dạng dd/mm/yyyy");
        // a final's id that is no number, among any number of them, was "does not take the parameter 'abc'"
        for (String step : List.of("approve", "sign", "issue")) {
            assertThat(run(step, "12", "abc", "--as", "u").err).as(step)
                    .startsWith("Giá trị 'abc' của tham số VERSION_ID không hợp lệ: phải là một số nguyên.");
        }
        // digits too many are a number too large, as the API and the pages say: not "not a whole number"
        assertThat(run("approve", "99999999999999999999", "--as", "u").err)
                .startsWith("Giá trị '99999999999999999999' của tham số VERSION_ID không hợp lệ: là số quá lớn.");
        assertThat(run("jobs", "--limit", "99999999999").err)
                .startsWith("Giá trị '99999999999' của tùy chọn --limit không hợp lệ: là số quá lớn.");
    }

    @Test
    void helpHasVietnameseHeadings() {
        Run top = run("--help");
        Run add = run("users", "add", "--help");

        assertThat(top.status).isZero();
        assertThat(top.out).startsWith("Cách dùng: coordreport").contains("\nCác lệnh:\n", "\nTùy chọn:\n",
                "Hiện hướng dẫn này rồi thoát.", "Nhập số liệu phối hợp: một thư mục tệp CSV",
                "Mã thoát: 0 thành công, 1 dữ liệu sai, 2 dùng lệnh sai,\n3 tác vụ thất bại hoặc coordreport không "
                        + "khởi động được.");
        assertThat(add.out).startsWith("Cách dùng: coordreport users add").contains("\nTùy chọn:\n",
                "Thêm một người dùng. Mật khẩu đọc từ đầu vào chuẩn", "Chỉ cho người dùng làm việc với tỉnh",
                "Đọc mật khẩu từ dòng đầu của đầu vào chuẩn.", "Chữ cái, chữ số, '.', '_', '-' hoặc '@'");
        // every role a user may hold, those of issuing too
        assertThat(run("users", "--help").out.replaceAll("\\s+", " "))
                .contains("REVIEWER (trưởng phòng duyệt), SIGNER (lãnh đạo ký số), CLERK (văn thư cấp số, ban hành)");
        // a period may be written in words, as report reads it; the help says so
        assertThat(run("report", "--help").out).contains("Thư mục ghi báo cáo (mặc định: out).",
                "hoặc bằng chữ, như \"6", "tháng đầu năm 2019\"");
        // a job is a 'tác vụ', as the pages and the tables call it, and a schedule's trigger is its 'tên lịch'
        assertThat(run("jobs", "--help").out).contains("Liệt kê các lần chạy tác vụ gần nhất: số hiệu, tác vụ,")
                .doesNotContain("công việc");
        assertThat(run("schedules", "--help").out).contains("tên lịch, tác vụ, biểu thức cron")
                .doesNotContain("trigger");
        // '.xlsx' is not cut after its dot at the end of a line
        assertThat(top.out).contains("một sổ tính\n                  Excel (tệp xlsx, xem import-format.md)")
                .doesNotContain("Excel (.\n");
    }

    @Test
    void everyCommandOptionAndParameterIsDescribedInVietnamese() {
        CommandLine commands = new CommandLine(CoordreportCommand.class, new ParseOnlyFactory());
        commands.setResourceBundle(new HelpTexts(Locale.forLanguageTag("vi")));

        assertThat(undescribed(commands.getCommandSpec())).as("texts of --help that are not Vietnamese").isEmpty();
    }

    /** Every description of the command and those below it that has no Vietnamese letter in it (an English one). */
    private static List<String> undescribed(CommandSpec command) {
        List<String> found = new ArrayList<>();
        if (!VIETNAMESE.matcher(String.join(" ", command.usageMessage().description())).find()) {
            found.add(command.qualifiedName());
        }
        for (ArgSpec arg : command.args()) {
            if (!VIETNAMESE.matcher(String.join(" ", arg.description())).find()) {
                found.add(command.qualifiedName() + " " + (arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel())
                        + ": " + String.join(" ", arg.description()));
            }
        }
        command.subcommands().values().forEach(sub -> found.addAll(undescribed(sub.getCommandSpec())));
        return found;
    }

    @Test
    void aDayIsWrittenAsAnOfficeWritesItOrAsIso() {
        DayConverter day = new DayConverter();

        assertThat(day.convert("01/06/2021")).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(day.convert("1/6/2021")).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(day.convert("2021-06-01")).isEqualTo(LocalDate.of(2021, 6, 1));
        Run wrong = run("jobs", "--from", "31/02/2021");
        assertThat(wrong.status).isEqualTo(ExitCode.USAGE);
        // a day past its month's end is told why; what is no day at all, how to write one
        assertThat(wrong.err).startsWith("Giá trị '31/02/2021' của tùy chọn --from không hợp lệ: phải là một ngày có "
                + "thật: tháng 2 năm 2021 chỉ có 28 ngày.");
        assertThat(run("jobs", "--to", "2021-13-01").err).startsWith("Giá trị '2021-13-01' của tùy chọn --to không hợp lệ: "
                + "phải là một ngày có thật, ghi dạng dd/mm/yyyy, ví dụ 01/06/2021.");
    }

    @Test
    void aPeriodWrittenWrongIsExplainedInVietnamese() {
        Run run = run("report", "--agreement", "09/QCPH/SNgV-BP", "--period", "2019-H3");

        assertThat(run.status).isEqualTo(ExitCode.USAGE);
        assertThat(run.err).startsWith("Giá trị '2019-H3' của tùy chọn --period không hợp lệ: '2019-H3' không phải là kỳ "
                + "báo cáo: ghi 2019-H1 (6 tháng đầu năm), 2019-H2 (6 tháng cuối năm)");
        assertThat(run("close-period", "2019-06-31..2019-07-01").err).startsWith("Giá trị '2019-06-31..2019-07-01' của "
                + "tham số PERIOD không hợp lệ: '2019-06-31..2019-07-01' không phải là khoảng ngày hợp lệ: ngày 2019-06-31 "
                + "không có trên lịch");
        assertThat(run("close-period", "2019", "--calendar", "lunar").err).startsWith("Giá trị 'lunar' của tùy chọn "
                + "--calendar không hợp lệ: 'lunar' không phải là lịch kỳ báo cáo");
    }

    @Test
    void aPeriodWrittenWrongIsExplainedInEnglishWithCoordreportLocaleEn() {
        System.setProperty("coordreport.locale", "en");

        Run run = run("report", "--agreement", "09/QCPH/SNgV-BP", "--period", "abc");

        assertThat(run.status).isEqualTo(ExitCode.USAGE);
        assertThat(run.err).startsWith("invalid value 'abc' for option --period: 'abc' is not a period: write 2019-H1, "
                + "2019-H2");
    }

    @Test
    void helpHasEnglishHeadingsWithCoordreportLocaleEn() {
        System.setProperty("coordreport.locale", "en");

        Run top = run("--help");

        assertThat(run("users", "add", "--help").out).contains("Limit the user to this province");
        assertThat(top.out).startsWith("Usage: coordreport").contains("\nCommands:\n", "\nOptions:\n",
                "Show this help message and exit.", "Imports coordination data: a folder of CSV files",
                "Exit status: 0 success, 1 bad input, 2 usage error,\n3 job failed or coordreport could not start.");
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(CoordreportApplication.class, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }
}
