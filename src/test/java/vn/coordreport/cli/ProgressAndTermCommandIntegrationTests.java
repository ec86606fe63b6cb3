package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person waiting on a command is told what it does, in Vietnamese, from its
 * first second (the demo said nothing for 23 s); a report of a period outside
 * its regulation's term is refused with exit 1 and the page's own words, a
 * period typed in words is taken.
 */
class ProgressAndTermCommandIntegrationTests {

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

    @Test
    void theDemoSaysWhatItDoesAsItGoes() throws IOException {
        CliSession.Run demo = cli.run("demo", "--out", temp.resolve("out").toString());

        assertThat(demo.status()).as(demo.err()).isZero();
        assertThat(demo.err().lines().toList()).startsWith(
                "… Đang khởi động coordreport (cơ sở dữ liệu, cập nhật lược đồ, mẫu báo cáo)...");
        assertThat(demo.err()).contains("… Đã khởi động sau ",
                "… Bộ dữ liệu mẫu 1/3 (quang-tri-2021): đang nạp và kiểm tra...",
                "… Bộ dữ liệu mẫu 1/3: đang lập báo cáo 09/QCPH/SNgV-BP năm 2021 (PDF)...",
                "… Bộ dữ liệu mẫu 2/3: đang lập báo cáo 05/QCPH-SNgV-BĐBP 6 tháng đầu năm 2019 (PDF)...",
                "… Bộ dữ liệu mẫu 3/3: đang lập báo cáo 12/QCPH-SNgV-BĐBP 9 tháng đầu năm 2020 (PDF)...",
                "… Xong: 3 báo cáo mẫu");
        // what scripts read stays on the output: one path per report
        assertThat(demo.out()).contains(".pdf").doesNotContain("…");

        // a period outside the term of a regulation that ended in 2020: refused, exit 1, nothing written
        Path refused = temp.resolve("refused");
        CliSession.Run late = cli.run("report", "--agreement", "12/QCPH-SNgV-BĐBP", "--period", "2030",
                "--out", refused.toString());
        assertThat(late.status()).as(late.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(late.err()).contains("Kỳ báo cáo năm 2030 (15/12/2029 - 14/12/2030) nằm ngoài thời hạn của quy chế "
                + "12/QCPH-SNgV-BĐBP (hiệu lực từ 12/04/2016 đến 05/10/2020). Hãy chọn một kỳ trong thời hạn này.");
        assertThat(!Files.exists(refused) || isEmpty(refused)).as("nothing written").isTrue();

        // the same regulation, a period in its term typed in words
        CliSession.Run inWords = cli.run("report", "--agreement", "12/QCPH-SNgV-BĐBP", "--period", "6 tháng đầu năm 2020",
                "--out", temp.resolve("words").toString());
        assertThat(inWords.status()).as(inWords.err()).isZero();
        assertThat(inWords.err()).contains("… Đang lập báo cáo 12/QCPH-SNgV-BĐBP 6 tháng đầu năm 2020 (PDF, bản dự thảo)...");
        assertThat(inWords.out()).contains("2020-H1");
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }
}
