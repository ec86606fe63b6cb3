package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import commands as an operator runs them, with their exit statuses. */
class ImportCommandIntegrationTests {

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
    void importListAndUndo() {
        CliSession.Run imported = run("import", "src/main/resources/samples/tay-ninh-2019");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("records.csv", "103 dòng").containsPattern("Đã nhập, lần nhập #\\d+");
        String id = imported.out().replaceAll("(?s).*Đã nhập, lần nhập #(\\d+).*", "$1");

        CliSession.Run again = run("import", "src/main/resources/samples/tay-ninh-2019");
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("đã nhập trước đó (lần nhập #" + id + ")");

        CliSession.Run list = run("imports");
        assertThat(list.status()).isZero();
        assertThat(list.out()).contains("APPLIED", "tay-ninh-2019");
        // under Vietnamese headings, each column starting where its heading does, the numbers right-aligned
        String heading = list.out().lines().findFirst().orElseThrow();
        String row = list.out().lines().filter(l -> l.contains("tay-ninh-2019")).findFirst().orElseThrow();
        assertThat(heading).matches("Số\\s+Lúc\\s+Người nhập\\s+Tệp\\s+Dòng\\s+Mới\\s+Đã có\\s+Được sửa\\s+Trạng thái\\s+Nguồn");
        assertThat(row.indexOf("APPLIED")).isEqualTo(heading.indexOf("Trạng thái"));
        assertThat(row.substring(heading.indexOf("Lúc"))).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}  .*");
        assertThat(row.substring(heading.indexOf("Nguồn"))).doesNotStartWith(" ").endsWith("tay-ninh-2019");

        CliSession.Run undo = run("undo-import", id);
        assertThat(undo.status()).as(undo.err()).isZero();
        assertThat(undo.out()).startsWith("Đã hủy lần nhập #" + id + ":");
        assertThat(run("imports").out()).contains("UNDONE");
        assertThat(run("undo-import", id).status()).isEqualTo(1);
    }

    @Test
    void theHistoryInEnglishWithCoordreportLocaleEn() throws IOException {
        // given an import, and the command line in English
        Path folder = Files.createDirectories(temp.resolve("english"));
        Files.writeString(folder.resolve("fields.csv"), "code,name\nENGLISH_FIELD,Lĩnh vực thử\n");
        assertThat(run("import", folder.toString()).status()).isZero();
        cli.set("coordreport.locale", "en");
        try {
            // when the history is listed
            CliSession.Run list = run("imports");

            // then the headings are English, and each column starts where its heading does
            String heading = list.out().lines().findFirst().orElseThrow();
            String row = list.out().lines().filter(l -> l.endsWith("english")).findFirst().orElseThrow();
            assertThat(heading).matches("id\\s+when\\s+by\\s+files\\s+rows\\s+new\\s+present\\s+corrected\\s+status\\s+source");
            assertThat(row.indexOf("APPLIED")).isEqualTo(heading.indexOf("status"));
            assertThat(row.substring(heading.indexOf("source"))).isEqualTo(folder.toString());
        } finally {
            cli.set("coordreport.locale", "vi");
        }
    }

    @Test
    void aSourceHoldingTerminalEscapesIsListedEscaped() throws IOException {
        // given an import whose source (a folder here, an upload's file name from the web) holds escape sequences
        Path folder = Files.createDirectories(temp.resolve("data\u001B[2J\u001B[31mred"));
        Files.writeString(folder.resolve("fields.csv"), "code,name\nESCAPED_FIELD,Lĩnh vực thử\n");
        assertThat(run("import", folder.toString()).status()).isZero();

        // when the history is listed
        CliSession.Run list = run("imports");

        // then the escapes are shown, not sent to the terminal
        assertThat(list.status()).isZero();
        assertThat(list.out()).doesNotContain("\u001B").contains("data\\u001B[2J\\u001B[31mred");
    }

    @Test
    void lookAlikeCodesAreListedUnderTheHistory() throws IOException {
        // given codes that an earlier version's imports left looking alike
        Path folder = Files.createDirectories(temp.resolve("lookalike"));
        Files.writeString(folder.resolve("fields.csv"), "code,name\nLOOKALIKE_FIELD,Lĩnh vực thử\n");
        assertThat(run("import", folder.toString()).status()).isZero();
        cli.execute("""
                insert into agency (code, name, province, import_id)
                select v.code, 'Sở Ngoại vụ', 'Lạng Sơn', (select max(id) from import_batch)
                from (values ('LK-SNGV'), ('LK-SNGV' || chr(8203)), (normalize('LK-SỞ', NFD)), ('LK-SỞ')) v (code)""");

        // when
        CliSession.Run list = run("imports");

        // then they are listed, with how each is written and the import to undo
        assertThat(list.status()).isZero();
        assertThat(list.out()).contains("Mã trông giống nhau:").doesNotContain("\u200B")
                .containsPattern("agency +duplicate +LK-SNGV +#\\d+ +viết đúng như hiển thị")
                .containsPattern("agency +duplicate +LK-SNGV\\\\u200B +#\\d+ +có ký tự độ rộng bằng không \\(U\\+200B\\)")
                .containsPattern("agency +duplicate +LK-\\S+ +#\\d+ +viết bằng dấu tách rời \\(không phải Unicode NFC\\)")
                .containsPattern("agency +duplicate +LK-SỞ +#\\d+ +viết đúng như hiển thị");
    }

    @Test
    void aDryRunOfDataSentAgainSaysItIsAlreadyPresent() throws IOException {
        // given the Lạng Sơn sample, and its records.csv saved again with a blank line at the end
        CliSession.Run imported = run("import", "src/main/resources/samples/lang-son-2020");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("125 dòng: 125 mới, 0 đã có");
        Path folder = Files.createDirectories(temp.resolve("again"));
        Files.writeString(folder.resolve("records.csv"),
                Files.readString(Path.of("src/main/resources/samples/lang-son-2020/records.csv")) + "\n");

        // when
        CliSession.Run dryRun = run("import", "--dry-run", folder.toString());

        // then
        assertThat(dryRun.status()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("records.csv", "125 dòng: 0 mới, 125 đã có",
                "Chạy thử: đã kiểm tra 125 dòng, không có lỗi (0 mới, 125 đã có); không có gì được ghi.");
        run("undo-import", imported.out().replaceAll("(?s).*Đã nhập, lần nhập #(\\d+).*", "$1"));
    }

    @Test
    void aDateToComeIsTakenAndSaidOnStandardOutputAfterTheSummary() throws IOException {
        // given the Quảng Trị sample (an agreement with no end), and a patrol typed a year ahead
        CliSession.Run sample = run("import", "src/main/resources/samples/quang-tri-2021");
        assertThat(sample.status()).as(sample.err()).isZero();
        java.time.LocalDate ahead = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusYears(1);
        Path folder = Files.createDirectories(temp.resolve("ahead"));
        Files.writeString(folder.resolve("records.csv"), "agreement,indicator,date,agency\n09/QCPH/SNgV-BP,JOINT_PATROL,"
                + ahead + ",BDBP-QT\n");

        // when
        CliSession.Run imported = run("import", folder.toString());

        // then
        assertThat(imported.status()).as(imported.err()).isZero();
        String day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(ahead);
        assertThat(imported.out()).containsPattern("(?s)Đã nhập, lần nhập #\\d+: 1 dòng.*\n"
                + "Lưu ý \\(không phải lỗi, nhưng nên kiểm tra lại\\):\n"
                + "  records.csv:2: date: ngày " + day + " chưa đến \\(hôm nay là \\d{2}/\\d{2}/\\d{4}\\): số liệu vẫn "
                + "được nhận và được tính vào kỳ báo cáo có ngày đó\\. Nếu ghi nhầm \\(thường là nhầm năm\\), hãy hủy lần "
                + "nhập này rồi nhập lại tệp đã sửa\\.\n");
        assertThat(imported.err()).doesNotContain("Lưu ý");
        run("undo-import", imported.out().replaceAll("(?s).*Đã nhập, lần nhập #(\\d+).*", "$1"));
        run("undo-import", sample.out().replaceAll("(?s).*Đã nhập, lần nhập #(\\d+).*", "$1"));
    }

    @Test
    void aLargeImportSaysHowFastItWent() {
        Path data = temp.resolve("generated");
        assertThat(cli.runTool("generate-data", "--provinces", "1", "--agreements-per-province", "2", "--years", "2",
                "--records", "100000", "--out", data.toString()).status()).isZero();

        CliSession.Run imported = run("import", data.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        // digits grouped and decimals marked as the locale writes them
        assertThat(imported.out()).containsPattern("100\\.000 bản ghi trong \\d+,\\d giây \\([\\d.]+ bản ghi/giây\\)\\.");
    }

    @Test
    void problemsGoToStandardErrorWithStatus1() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("bad"));
        Files.writeString(folder.resolve("records.csv"), "agreement,indicator,date\nNONE,JOINT_PATROL,2021-01-01\n");

        CliSession.Run rejected = run("import", folder.toString());

        assertThat(rejected.status()).isEqualTo(1);
        assertThat(rejected.err()).contains("records.csv:2: agreement: mã quy chế 'NONE' không có trong tệp agreements.csv của lần nhập này",
                "Không nhập được: 1 lỗi; không có gì được ghi.");
    }

    @Test
    void aMissingPathIs1AndAUsageErrorIs2() {
        CliSession.Run missing = run("import", temp.resolve("nowhere").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("không có tệp hay thư mục này");
        assertThat(run("import").status()).isEqualTo(2);
        assertThat(run("undo-import", "seven").status()).isEqualTo(2);
        assertThat(run("import", "--help").status()).isZero();
    }
}
