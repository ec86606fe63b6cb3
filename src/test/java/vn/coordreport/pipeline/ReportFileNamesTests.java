package vn.coordreport.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.coordreport.period.Period;

class ReportFileNamesTests {

    @Test
    void slashesAndVietnameseLettersBecomeReadableAscii() {
        assertThat(ReportFileNames.of("05/QCPH-SNgV-BĐBP", Period.parse("2019-H1"), false, "pdf"))
                .isEqualTo("05-QCPH-SNgV-BDBP_2019-H1_du-thao.pdf");
        assertThat(ReportFileNames.of("09/QCPH/SNgV-BP", Period.parse("2021"), true, "docx"))
                .isEqualTo("09-QCPH-SNgV-BP_2021.docx");
    }

    @Test
    void nothingCanEscapeTheOutputFolder() {
        String name = ReportFileNames.of("../../etc/passwd", Period.parse("2016-06-25..2023-10-25"), true, "pdf");
        assertThat(name).isEqualTo("etc-passwd_2016-06-25-2023-10-25.pdf").doesNotContain("/").doesNotContain("..");
        assertThat(ReportFileNames.of("///", Period.parse("2021"), true, "pdf")).isEqualTo("report_2021.pdf");
    }
}
