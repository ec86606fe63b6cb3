package vn.coordreport.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFileNamesTests {

    @Test
    void slashesAndVietnameseLettersBecomeReadableAscii() {
        assertThat(ReportFileNames.of("05/QCPH-SNgV-BĐBP", "2019-H1", ReportKind.DRAFT, 3, "pdf"))
                .isEqualTo("05-QCPH-SNgV-BDBP_2019-H1_du-thao_v3.pdf");
        assertThat(ReportFileNames.of("09/QCPH/SNgV-BP", "2021", ReportKind.FINAL, 2, "docx"))
                .isEqualTo("09-QCPH-SNgV-BP_2021_v2.docx");
    }

    @Test
    void nothingCanEscapeTheOutputFolder() {
        String name = ReportFileNames.of("../../etc/passwd", "2016-06-25..2023-10-25", ReportKind.FINAL, 1, "pdf");
        assertThat(name).isEqualTo("etc-passwd_2016-06-25-2023-10-25_v1.pdf").doesNotContain("/").doesNotContain("..");
        assertThat(ReportFileNames.of("///", "2021", ReportKind.FINAL, 1, "pdf")).isEqualTo("report_2021_v1.pdf");
    }
}
