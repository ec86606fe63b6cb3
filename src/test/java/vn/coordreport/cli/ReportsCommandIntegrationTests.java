package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The archive and delivery commands as an operator runs them, with their exit statuses. */
@ExtendWith(OutputCaptureExtension.class)
class ReportsCommandIntegrationTests {

    @TempDir
    Path temp;

    private static CliSession cli;

    @BeforeAll
    static void pointAtAFreshDatabase() {
        cli = CliSession.onNewDatabase();
    }

    @AfterAll
    static void restore() {
        cli.close();
    }

    private static CliSession.Run run(String... args) {
        return cli.run(args);
    }

    @Test
    void aFinalMadeWithoutASignerNameIsListedAsLackingOne(CapturedOutput output) throws IOException {
        // given an agency that sent no signer name
        Path data = Files.createDirectories(temp.resolve("unsigned"));
        Files.writeString(data.resolve("agencies.csv"), """
                code,name,province,parent,signer_title
                SNGV-DB,Sở Ngoại vụ,Điện Biên,UBND tỉnh Điện Biên,GIÁM ĐỐC
                """);
        Files.writeString(data.resolve("agreements.csv"), """
                code,title,province,signed_on,parties,symbol
                02/QCPH-SNgV,Quy chế phối hợp thử,Điện Biên,2019-01-01,SNGV-DB,SNgV
                """);
        Files.writeString(data.resolve("records.csv"), "agreement,indicator,date\n02/QCPH-SNgV,JOINT_PATROL,2021-05-05\n");
        assertThat(run("import", data.toString()).status()).isZero();

        // when its final is made, and a draft
        CliSession.Run made = run("report", "--agreement", "02/QCPH-SNgV", "--period", "2021", "--final",
                "--out", temp.resolve("final").toString());
        CliSession.Run draft = run("report", "--agreement", "02/QCPH-SNgV", "--period", "2021",
                "--out", temp.resolve("draft").toString());

        // then both are made, the one who made the final is warned in a line of their language, without the
        // log's time, process and thread, and the list names the final's missing signer name and where to give it
        assertThat(made.status()).as(made.err()).isZero();
        assertThat(draft.status()).as(draft.err()).isZero();
        assertThat(output.getErr().lines().filter(l -> l.contains("02/QCPH-SNgV"))).containsExactly(
                "Cảnh báo: Bản chính thức 02/QCPH-SNgV năm 2021 được lập khi chưa có họ tên người ký: điền signer_name "
                        + "của cơ quan SNGV-DB (agencies.csv) trước khi ký");
        // on standard error: standard output holds what scripts read
        assertThat(output.getOut()).doesNotContain("Cảnh báo");
        CliSession.Run list = run("reports", "--agreement", "02/QCPH-SNgV");
        assertThat(list.out().lines().filter(l -> l.contains("FINAL"))).singleElement()
                .satisfies(l -> assertThat(l).contains("CHƯA CÓ TÊN NGƯỜI KÝ: hãy điền signer_name của cơ quan SNGV-DB"));
        assertThat(list.out().lines().filter(l -> l.contains("DRAFT"))).singleElement()
                .satisfies(l -> assertThat(l).doesNotContain("NGƯỜI KÝ"));
    }

    @Test
    void reportsAreListedFetchedAndTheirDeliveriesShown() throws IOException, SQLException {
        // given a final report produced twice with unchanged data
        assertThat(run("import", "src/main/resources/samples/quang-tri-2021").status()).isZero();
        CliSession.Run produced = run("report", "--agreement", "09/QCPH/SNgV-BP", "--period", "2021", "--final",
                "--out", temp.resolve("a").toString());
        CliSession.Run again = run("report", "--agreement", "09/QCPH/SNgV-BP", "--period", "2021", "--final",
                "--out", temp.resolve("b").toString());
        assertThat(produced.status()).as(produced.err()).isZero();
        assertThat(again.status()).as(again.err()).isZero();
        Path first = Path.of(produced.out().strip());

        // when
        CliSession.Run list = run("reports", "--agreement", "09/QCPH/SNgV-BP");

        // then one version is archived
        assertThat(list.status()).as(list.err()).isZero();
        assertThat(list.out().lines().filter(l -> l.contains("09/QCPH/SNgV-BP"))).singleElement()
                .satisfies(l -> assertThat(l).contains("2021", "FINAL", "PDF", "report command"));
        // under Vietnamese headings, each column starting where its heading does, the id and the numbers right-aligned
        String heading = list.out().lines().findFirst().orElseThrow();
        assertThat(heading).matches("Phiên bản\\s+Quy chế\\s+Kỳ\\s+Loại\\s+Định dạng\\s+Lần lập\\s+Số\\s+Trang"
                + "\\s+Cỡ \\(byte\\)\\s+SHA-256\\s+Lúc lập\\s+Người lập\\s+Thay cho\\s+Ghi chú");
        assertThat(list.out().lines().filter(l -> l.contains("FINAL"))).singleElement().satisfies(l -> {
            assertThat(l.indexOf("09/QCPH/SNgV-BP")).isEqualTo(heading.indexOf("Quy chế"));
            assertThat(l.indexOf("FINAL")).isEqualTo(heading.indexOf("Loại"));
            assertThat(l).matches(" *\\d+  .*");
            assertThat(l.indexOf(" 1  ", heading.indexOf("Định dạng")) + 2).isEqualTo(heading.indexOf("Lần lập") + "Lần lập".length());
        });
        assertThat(run("reports", "--period", "2019-H1").out()).contains("Không có báo cáo lưu trữ nào khớp.");
        // a period as the office writes it finds the same version
        assertThat(run("reports", "--period", "năm 2021", "--agreement", "09/QCPH/SNgV-BP").out().lines()
                .filter(l -> l.contains("FINAL"))).hasSize(1);
        String id = list.out().lines().filter(l -> l.contains("FINAL")).findFirst().orElseThrow().strip().split("\\s+")[0];

        // when it is fetched
        CliSession.Run get = run("reports", "get", id, "--out", temp.resolve("got").toString());

        // then the file is the one the report command wrote
        assertThat(get.status()).as(get.err()).isZero();
        Path got = Path.of(get.out().strip());
        assertThat(got.getFileName()).hasToString("09-QCPH-SNgV-BP_2021_v1.pdf");
        assertThat(Files.readAllBytes(got)).isEqualTo(Files.readAllBytes(first));

        // and an --out that is a file, or lies under one, is bad input too, not a failed job
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        for (Path out : new Path[] {file, file.resolve("reports")}) {
            CliSession.Run intoAFile = run("reports", "get", id, "--out", out.toString());
            assertThat(intoAFile.status()).as(intoAFile.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(intoAFile.err()).contains("--out " + out, file + " là một tệp, không phải thư mục");
        }

        // and an unknown id is bad input
        CliSession.Run unknown = run("reports", "get", "999999", "--out", temp.toString());
        assertThat(unknown.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("không có phiên bản báo cáo #999999 trong kho lưu trữ");

        // and nothing was delivered yet
        CliSession.Run deliveries = run("deliveries", "--agreement", "09/QCPH/SNgV-BP");
        assertThat(deliveries.status()).as(deliveries.err()).isZero();
        assertThat(deliveries.out()).contains("Chưa có thư nào của 09/QCPH/SNgV-BP.");

        // a mail the server refused is said in Vietnamese, then the server's own words without Java's class names
        try (var c = DriverManager.getConnection(cli.database().url(), cli.database().username(),
                cli.database().password()); var insert = c.prepareStatement("""
                        insert into delivery (version_id, email, name, message_id, status, attempts, last_error)
                        values (?, 'thu.loi@quangtri.example.org', 'Văn phòng', '<loi@test>', 'FAILED', 1, ?)""")) {
            insert.setLong(1, Long.parseLong(id));
            insert.setString(2, "Failed messages: org.eclipse.angus.mail.smtp.SMTPSendFailedException: 550 5.1.1 "
                    + "mailbox unavailable");
            insert.executeUpdate();
        }
        String refused = run("deliveries").out().lines().filter(l -> l.contains("thu.loi@")).findFirst().orElseThrow();
        assertThat(refused).contains("FAILED", "Máy chủ thư từ chối địa chỉ người nhận",
                "Chi tiết kỹ thuật: Failed messages: 550 5.1.1 mailbox unavailable").doesNotContain("org.eclipse");

        // so there is nothing an operator could requeue
        CliSession.Run retry = run("deliveries", "retry", "1", "giamdoc.sngv@quangtri.example.org");
        assertThat(retry.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(retry.err()).contains("Không có lần gửi nào ở trạng thái UNCERTAIN hoặc FAILED của phiên bản #1 tới "
                + "'giamdoc.sngv@quangtri.example.org': xem 'coordreport deliveries'.");
    }

    @Test
    void usageErrorsAnswerWithoutStarting() {
        assertThat(run("reports", "get").status()).isEqualTo(ExitCode.USAGE);
        assertThat(run("reports", "get", "abc").status()).isEqualTo(ExitCode.USAGE);
        assertThat(run("deliveries", "retry", "1").status()).isEqualTo(ExitCode.USAGE);
        // a period that is none is said so, not taken for an empty archive or an empty list of finals
        for (String[] args : new String[][] {{"reports", "--period", "2019-H9"}, {"approvals", "--period", "2019-X"},
                {"approve", "--period", "2021-H3", "--as", "phong"}}) {
            CliSession.Run run = run(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("của tùy chọn --period không hợp lệ", "không phải là kỳ báo cáo: ghi 2019-H1");
        }
    }
}
