package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The agreements' codes, where a clerk looks them up, and the pointer to them when one is mistyped. */
class AgreementsCommandIntegrationTests {

    private static CliSession cli;

    @BeforeAll
    static void theLangSonSample() {
        cli = CliSession.onNewDatabase();
        assertThat(cli.run("agreements").out()).startsWith("Chưa có quy chế phối hợp nào");
        assertThat(cli.run("import", "src/main/resources/samples/lang-son-2020").status()).isZero();
    }

    @AfterAll
    static void close() {
        cli.close();
    }

    @Test
    void theAgreementsAreListedWithTheirCodesTermsAndTitles() {
        CliSession.Run list = cli.run("agreements");

        assertThat(list.status()).as(list.err()).isZero();
        assertThat(list.out().lines().findFirst().orElseThrow())
                .contains("Quy chế", "Tỉnh", "Cơ quan chủ trì", "Hiệu lực từ", "Đến", "Tên quy chế");
        // the older first, the one still in force open-ended
        assertThat(list.out().lines().skip(1).toList()).satisfiesExactly(
                older -> assertThat(older).startsWith("12/QCPH-SNgV-BĐBP").contains("Lạng Sơn", "Sở Ngoại vụ",
                        "12/04/2016", "05/10/2020", "Quy chế phối hợp giữa Sở Ngoại vụ và Bộ Chỉ huy Bộ đội Biên phòng"),
                current -> assertThat(current).startsWith("01/QCPH-SNgV-BĐBP").contains("06/10/2020", "không thời hạn"));
    }

    @Test
    void oneProvinceIsAskedForByItsName() {
        assertThat(cli.run("agreements", "--province", "Lạng Sơn").out().lines().skip(1)).hasSize(2);
        // compared as the security module compares provinces: without case
        assertThat(cli.run("agreements", "--province", "lạng sơn").out().lines().skip(1)).hasSize(2);
        CliSession.Run none = cli.run("agreements", "--province", "Lang Son");
        assertThat(none.status()).isZero();
        assertThat(none.out().strip()).isEqualTo(
                "Tỉnh Lang Son chưa có quy chế phối hợp nào (tên tỉnh ghi đủ dấu, như trong agreements.csv).");
    }

    @Test
    void aListAskedForAnUnknownCodeSaysSoBesideItsEmptyAnswer() {
        String hint = "không có quy chế phối hợp 'NOPE'\nCác quy chế có trong cơ sở dữ liệu: coordreport agreements";
        for (String[] command : new String[][] {{"reports", "--agreement", "NOPE"}, {"deliveries", "--agreement", "NOPE"},
                {"submissions", "--period", "2020", "--agreement", "NOPE"}}) {
            CliSession.Run run = cli.run(command);
            assertThat(run.err().lines().filter(l -> !l.startsWith("…")).toList()).as(String.join(" ", command))
                    .containsExactly(hint.split("\n"));
        }
        // a known agreement with nothing to list gets no hint
        CliSession.Run known = cli.run("deliveries", "--agreement", "01/QCPH-SNgV-BĐBP");
        assertThat(known.out().strip()).isEqualTo("Chưa có thư nào của 01/QCPH-SNgV-BĐBP.");
        assertThat(known.err()).doesNotContain("coordreport agreements");
        // and a template is not written for an unknown one
        CliSession.Run template = cli.run("template", "--agreement", "NOPE", "--out", "target/nope-template.xlsx");
        assertThat(template.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(template.err()).contains("Không ghi được mẫu: không có quy chế phối hợp 'NOPE'.")
                .contains("Các quy chế có trong cơ sở dữ liệu: coordreport agreements");
    }

    @Test
    void aCodeTypedWithoutItsCapitalsOrDiacriticsIsRefusedNamingTheOneMeant() {
        CliSession.Run report = cli.run("report", "--agreement", "12/QCPH-SNgV-BDBP", "--period", "2020");

        assertThat(report.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(report.err()).contains("không có quy chế phối hợp '12/QCPH-SNgV-BDBP'")
                .contains("Có phải là 12/QCPH-SNgV-BĐBP? Mã quy chế phải ghi như trong danh sách "
                        + "(coordreport agreements), đúng chữ hoa, chữ thường và dấu.");
        // after a list that finds nothing for it, and a template not written, alike
        assertThat(cli.run("reports", "--agreement", "01/qcph-sngv-bđbp").err())
                .contains("không có quy chế phối hợp '01/qcph-sngv-bđbp'", "Có phải là 01/QCPH-SNgV-BĐBP?");
        CliSession.Run template = cli.run("template", "--agreement", "01/qcph-sngv-bdbp", "--out",
                "target/meant-template.xlsx");
        assertThat(template.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(template.err()).contains("Có phải là 01/QCPH-SNgV-BĐBP?")
                .doesNotContain("Các quy chế có trong cơ sở dữ liệu");
    }
}
