package vn.coordreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mail names the period as the document it carries does. */
class MailWordingTests {

    @Test
    void thePeriodIsNamedAsInTheReport() {
        assertThat(MailWording.period("2019-H1")).isEqualTo("6 tháng đầu năm 2019");
        assertThat(MailWording.period("2020-9M")).isEqualTo("9 tháng đầu năm 2020");
        assertThat(MailWording.period("2021-Q3")).isEqualTo("quý III năm 2021");
        assertThat(MailWording.period("2021")).isEqualTo("năm 2021");
        assertThat(MailWording.period("2016-06-25..2023-10-25")).isEqualTo("giai đoạn 2016 - 2023");
        assertThat(MailWording.period("2021-03-01..2021-09-30"))
                .isEqualTo("giai đoạn từ ngày 01/03/2021 đến ngày 30/09/2021");
        // a period the archive holds but no longer parses (none today) still reads as one
        assertThat(MailWording.period("2021-X")).isEqualTo("kỳ 2021-X");
    }
}
