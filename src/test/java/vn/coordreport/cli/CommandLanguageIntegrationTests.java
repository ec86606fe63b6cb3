package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands speak Vietnamese, and English with coordreport.locale=en; file:line: column: leads every problem. */
class CommandLanguageIntegrationTests {

    @TempDir
    static Path temp;

    private static CliSession cli;
    private static Path bad;

    @BeforeAll
    static void givenAFolderWithABadDate() throws IOException {
        cli = CliSession.onNewDatabase();
        bad = Files.createDirectories(temp.resolve("bad"));
        Files.writeString(bad.resolve("tasks.csv"), "agreement,period,text,status,due_on\n"
                + "01/TEST,2021-H1,Tuần tra chung,FINISHED,\n"
                + "01/TEST,2021-H1,Kiểm tra,DONE,31/02/2019\n");
    }

    @AfterAll
    static void restore() {
        cli.close();
    }

    @Test
    void problemsAreInVietnameseByDefault() {
        CliSession.Run run = cli.run("import", bad.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(problemLines(run)).containsExactly(
                "tasks.csv:2: agreement: mã quy chế '01/TEST' không có trong tệp agreements.csv của lần nhập này, cũng không "
                        + "có trong cơ sở dữ liệu",
                "tasks.csv:2: status: 'FINISHED' không phải là trạng thái nhiệm vụ: ghi một trong các mã PLANNED "
                        + "(Chưa thực hiện), IN_PROGRESS (Đang thực hiện), DONE (Đã hoàn thành), DROPPED (Dừng thực hiện)",
                "tasks.csv:3: agreement: mã quy chế '01/TEST' không có trong tệp agreements.csv của lần nhập này, cũng không "
                        + "có trong cơ sở dữ liệu",
                "tasks.csv:3: due_on: '31/02/2019' không phải là ngày hợp lệ: tháng 2 năm 2019 chỉ có 28 ngày",
                "Không nhập được: 4 lỗi; không có gì được ghi.");
        assertThat(progressLines(run)).hasSize(3).satisfies(lines -> {
            // an import needs neither the report templates nor the migrations (a lean start): the line says so
            assertThat(lines.get(0)).isEqualTo("… Đang khởi động coordreport (cơ sở dữ liệu)...");
            assertThat(lines.get(1)).matches("… Đã khởi động sau \\d+,\\d giây\\.");
            assertThat(lines.get(2)).isEqualTo("… Đang đọc và kiểm tra " + bad + "...");
        });
    }

    @Test
    void englishWithCoordreportLocaleEn() {
        cli.set("coordreport.locale", "en");
        try {
            CliSession.Run run = cli.run("import", bad.toString());

            assertThat(run.status()).isEqualTo(1);
            assertThat(problemLines(run)).containsExactly(
                    "tasks.csv:2: agreement: unknown agreement '01/TEST': it is neither in agreements of this import "
                            + "nor in the database",
                    "tasks.csv:2: status: 'FINISHED' is not a task status: write one of PLANNED (planned), "
                            + "IN_PROGRESS (in progress), DONE (done), DROPPED (dropped)",
                    "tasks.csv:3: agreement: unknown agreement '01/TEST': it is neither in agreements of this import "
                            + "nor in the database",
                    "tasks.csv:3: due_on: '31/02/2019' is not a date: month 2 of 2019 has 28 days",
                    "Import rejected: 4 problems; nothing was written.");
            assertThat(progressLines(run)).hasSize(3).satisfies(lines -> {
                assertThat(lines.get(0)).isEqualTo("… Starting coordreport (database)...");
                assertThat(lines.get(1)).matches("… Started in \\d+\\.\\d s\\.");
                assertThat(lines.get(2)).isEqualTo("… Reading and checking " + bad + "...");
            });
        } finally {
            cli.set("coordreport.locale", "vi");
        }
    }

    @Test
    void anAgreementThatIsNotThereIsBadInputToldInTheReadersWords() {
        CliSession.Run run = cli.run("report", "--agreement", "99/KHONG-CO", "--period", "2024-H1");

        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(problemLines(run)).containsExactly("không có quy chế phối hợp '99/KHONG-CO'",
                "Các quy chế có trong cơ sở dữ liệu: coordreport agreements");
    }

    @Test
    void aDatabaseThatIsNotThereIsToldInTheReadersWords() {
        String url = cli.database().url();
        cli.set("spring.datasource.url", url.substring(0, url.lastIndexOf('/') + 1) + "khong_co_csdl_nay");
        try {
            CliSession.Run run = cli.run("users", "list");

            assertThat(run.status()).isEqualTo(ExitCode.JOB_FAILED);
            assertThat(problemLines(run)).containsExactly("coordreport không khởi động được: Máy chủ PostgreSQL không "
                    + "có cơ sở dữ liệu ghi trong spring.datasource.url (SPRING_DATASOURCE_URL): hãy tạo cơ sở dữ liệu "
                    + "đó trước (createdb) hoặc sửa lại địa chỉ.");

            cli.set("coordreport.locale", "en");
            assertThat(problemLines(cli.run("users", "list"))).containsExactly("coordreport could not start: The "
                    + "PostgreSQL server has no database of the name in spring.datasource.url (SPRING_DATASOURCE_URL): "
                    + "create it first (createdb) or correct the URL.");
        } finally {
            cli.set("coordreport.locale", "vi");
            cli.set("spring.datasource.url", url);
        }
    }

    /** The progress lines of standard error, which say what the command does while one waits. */
    private static java.util.List<String> progressLines(CliSession.Run run) {
        return run.err().lines().filter(l -> l.startsWith("… ")).toList();
    }

    /** Standard error without the progress lines ("… Đang khởi động ..."), which say what the command does. */
    private static java.util.List<String> problemLines(CliSession.Run run) {
        return run.err().lines().filter(l -> !l.startsWith("… ")).toList();
    }
}
