package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line contract of issue 17: {@code template --agreement CODE [--period PERIOD] --out FILE.xlsx}
 * and {@code submissions --period PERIOD [--agreement CODE]}, run as an operator runs them.
 */
class TemplateAndSubmissionsCommandsIntegrationTests {

    static final String QT = "09/QCPH/SNgV-BP";
    private static CliSession cli;

    @BeforeAll
    static void quangTri() {
        // the output in Vietnamese whatever an earlier class of this JVM left set (CommandLanguageIntegrationTests tests the default)
        cli = CliSession.onNewDatabase().set("coordreport.locale", "vi");
        assertThat(cli.run("import", "src/main/resources/samples/quang-tri-2021").status()).isZero();
    }

    @AfterAll
    static void close() {
        cli.close();
    }

    @Test
    void theTemplateOfAPeriodImportsBackAsAlreadyPresent(@TempDir Path temp) {
        Path out = temp.resolve("mau 2021.xlsx");

        CliSession.Run written = cli.run("template", "--agreement", QT, "--period", "2021", "--out", out.toString());

        assertThat(written.status()).as(written.err()).isZero();
        assertThat(written.out()).contains("Đã ghi mẫu nhập số liệu của quy chế " + QT + ", kỳ 2021");
        assertThat(out).isNotEmptyFile();
        CliSession.Run imported = cli.run("import", out.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("mau 2021.xlsx/records", "108 dòng: 0 mới, 108 đã có");
    }

    @Test
    void anUnknownAgreementWritesNoTemplate(@TempDir Path temp) {
        CliSession.Run run = cli.run("template", "--agreement", "99/KHONG-CO", "--out", temp.resolve("x.xlsx").toString());

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("không có quy chế phối hợp '99/KHONG-CO'");
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void theSubmissionsOfACodeTypedInAnotherCaseNameTheOneMeantOnly() {
        CliSession.Run run = cli.run("submissions", "--period", "2021", "--agreement", QT.toLowerCase(java.util.Locale.ROOT));

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        // not first that it was not in force in the period, which said it was an agreement
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("không có quy chế phối hợp '" + QT.toLowerCase(java.util.Locale.ROOT) + "'",
                "Có phải là " + QT + "?").doesNotContain("không có hiệu lực");
    }

    @Test
    void aTemplateIsWrittenUnderAWorkbooksNameOnly(@TempDir Path temp) {
        // an xlsx named t.doc opened in nothing, or as the wrong thing
        CliSession.Run run = cli.run("template", "--agreement", QT, "--out", temp.resolve("t.doc").toString());

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("mẫu là một sổ tính Excel, tên tệp phải có đuôi .xlsx");
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void aTemplateThatCannotBeWrittenThereIsBadInputSaidInVietnamese(@TempDir Path temp) throws Exception {
        Path file = java.nio.file.Files.writeString(temp.resolve("tep"), "x");

        CliSession.Run run = cli.run("template", "--agreement", QT, "--out", file.resolve("mau.xlsx").toString());

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().lines().filter(line -> !line.startsWith("…"))).containsExactly("Không ghi được mẫu: --out " + file.resolve("mau.xlsx") + ": tệp " + file
                + ": đã có một tệp hay thư mục mang tên này.");
        assertThat(temp).isDirectoryContaining(path -> path.equals(file)).isDirectoryNotContaining(p -> !p.equals(file));

        // and a folder not there yet is made, as register --out makes it
        Path nested = temp.resolve("mau/2021/mau.xlsx");
        assertThat(cli.run("template", "--agreement", QT, "--out", nested.toString()).status()).isZero();
        assertThat(nested).isNotEmptyFile();
    }

    @Test
    void aRegisterThatCannotBeWrittenThereIsBadInputSaidInVietnamese(@TempDir Path temp) throws Exception {
        Path file = java.nio.file.Files.writeString(temp.resolve("tep"), "x");
        Path out = file.resolve("so-van-ban-di.csv");

        CliSession.Run run = cli.run("register", "--year", "2021", "--out", out.toString());

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().lines().filter(line -> !line.startsWith("…"))).containsExactly(
                "--out " + out + ": không ghi được tệp (đã có một tệp hay thư mục mang tên này)");
    }

    @Test
    void submissionsSaysWhoSentLateWhoIsMissingAndWhoIsPending() {
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        CliSession.Run late = cli.run("submissions", "--period", "2021");
        CliSession.Run missing = cli.run("submissions", "--period", "2022-H1", "--agreement", QT);
        CliSession.Run pending = cli.run("submissions", "--period", "2027-H1", "--agreement", QT);

        assertThat(late.status()).as(late.err()).isZero();
        assertThat(late.out().lines().skip(1).map(l -> l.replaceAll(" {2,}", "|"))).containsExactly(
                QT + "|SNGV-QT|Sở Ngoại vụ|16/12/2021|" + today + "|LATE",
                QT + "|BDBP-QT|Bộ Chỉ huy Bộ đội Biên phòng tỉnh|16/12/2021|" + today + "|LATE");
        // under Vietnamese headings, the agency code starting where its heading does on every row
        String heading = late.out().lines().findFirst().orElseThrow();
        assertThat(heading).matches("Quy chế\\s+Mã cơ quan\\s+Tên cơ quan\\s+Hạn gửi\\s+Ngày gửi gần nhất\\s+Tình trạng");
        assertThat(late.out().lines().skip(1)).hasSize(2).allSatisfy(l -> assertThat(
                Math.max(l.indexOf(" SNGV-QT "), l.indexOf(" BDBP-QT ")) + 1).isEqualTo(heading.indexOf("Mã cơ quan")));
        assertThat(missing.out().lines().skip(1).map(l -> l.replaceAll(" {2,}", "|"))).containsExactly(
                QT + "|SNGV-QT|Sở Ngoại vụ|16/06/2022|-|MISSING",
                QT + "|BDBP-QT|Bộ Chỉ huy Bộ đội Biên phòng tỉnh|16/06/2022|-|MISSING");
        assertThat(pending.out()).contains("16/06/2027").doesNotContain("MISSING");
        assertThat(pending.out().lines().skip(1)).hasSize(2).allSatisfy(l -> assertThat(l).endsWith("PENDING"));
    }
}
