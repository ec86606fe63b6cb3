package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.coordreport.messages.Messages;

/** The import's messages as the pages say them. */
class PageFormatTests {

    @Test
    void theEntryFormStatesItsOwnRuleForNumbersNotTheFilesOne() {
        // the form reads 1.234,5 as Vietnamese write it: the file format's rule would tell the clerk the opposite
        assertThat(PageFormat.entryProblem(Messages.text("import.quantity.notNumber", "1,2,3")))
                .isEqualTo("'1,2,3' không phải là số: ghi chữ số, hàng nghìn có thể ngăn bằng dấu chấm, phần thập phân "
                        + "sau dấu phẩy (1.234,5)");
        assertThat(PageFormat.entryProblem(Messages.text("import.amount.notWhole", "1500000.5")))
                .isEqualTo("'1500000.5' không phải là số đồng nguyên: ghi chữ số, hàng nghìn có thể ngăn bằng dấu chấm "
                        + "(1.500.000), không có phần lẻ");
        // nor how to write a figure in a file
        assertThat(PageFormat.entryProblem(Messages.text("import.quantity.notNumber", "1.000.000")
                + Messages.text("import.number.writeAs", "1000000"))).isEqualTo("'1.000.000' không phải là số: ghi chữ "
                        + "số, hàng nghìn có thể ngăn bằng dấu chấm, phần thập phân sau dấu phẩy (1.234,5)");
        // the imports page keeps the file format's rule, which its files follow, and the figure meant
        assertThat(PageFormat.problem(Messages.text("import.amount.notWhole", "1.500")
                + Messages.text("import.number.writeAs", "1500"))).contains(
                "không dùng dấu phân cách hàng nghìn (ghi là 1500)");
    }

    @Test
    void anImportsSourceIsSaidInTheOfficesWords() {
        PageFormat format = new PageFormat();
        assertThat(format.importSource("upload:tay-ninh-2019.zip")).isEqualTo("Tải lên: tay-ninh-2019.zip");
        assertThat(format.importSource("form:09/QCPH/SNgV-BP 2021-H1"))
                .isEqualTo("Biểu mẫu: 09/QCPH/SNgV-BP, 6 tháng đầu năm 2021");
        assertThat(format.importSource("/srv/coordreport/nhan/tay-ninh-2019/")).isEqualTo("Dòng lệnh: tay-ninh-2019");
        assertThat(format.importSource("C:\\du-lieu\\lang-son.xlsx")).isEqualTo("Dòng lệnh: lang-son.xlsx");
        assertThat(format.importPath("/srv/coordreport/nhan/tay-ninh-2019")).isEqualTo("/srv/coordreport/nhan/tay-ninh-2019");
        assertThat(format.importPath("upload:tay-ninh-2019.zip")).isNull();
    }

    @Test
    void thePagesTellWhereALockedPeriodIsReopened() {
        String message = Messages.text("import.lockedPeriod", "2021", "'09/QCPH/SNgV-BP'", "số 01/BC-SNgV, ban hành "
                + "ngày 02/12/2026", "09/QCPH/SNgV-BP", "2021");
        assertThat(message).contains("(coordreport reopen --agreement 09/QCPH/SNgV-BP --period 2021 --as USERNAME)");
        assertThat(PageFormat.problem(message)).contains("phải mở lại kỳ ở mục “Kỳ đã ban hành (khóa nhập)” của trang "
                + "Nhập dữ liệu trước khi sửa").doesNotContain("coordreport");
    }

    @Test
    void theEntryFormSaysACodeIsMissingFromTheCatalogueNotFromAFileItNeverSent() {
        assertThat(PageFormat.entryProblem("mã chỉ tiêu 'NOPE' không có trong tệp indicators.csv của lần nhập này, cũng không "
                + "có trong danh mục")).isEqualTo("mã chỉ tiêu 'NOPE' không có trong danh mục");
    }
}
