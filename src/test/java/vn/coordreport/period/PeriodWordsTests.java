package vn.coordreport.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Periods typed as an office writes them are read as the codes are. */
class PeriodWordsTests {

    @Test
    void theWordsOfEachKindOfPeriodAreRead() {
        assertThat(Period.parse("6 tháng đầu năm 2020")).isEqualTo(Period.half(2020, 1));
        assertThat(Period.parse("6 tháng cuối năm 2020")).isEqualTo(Period.half(2020, 2));
        assertThat(Period.parse("9 tháng đầu năm 2020")).isEqualTo(Period.nineMonths(2020));
        assertThat(Period.parse("9 tháng năm 2020")).isEqualTo(Period.nineMonths(2020));
        assertThat(Period.parse("quý III năm 2021")).isEqualTo(Period.quarter(2021, 3));
        assertThat(Period.parse("Quý 4/2021")).isEqualTo(Period.quarter(2021, 4));
        assertThat(Period.parse("năm 2021")).isEqualTo(Period.year(2021));
        assertThat(Period.parse("từ 01/01/2021 đến 31/03/2021"))
                .isEqualTo(Period.range(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31)));
        assertThat(Period.parse("01/01/2021 - 31/03/2021"))
                .isEqualTo(Period.range(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31)));
    }

    @Test
    void caseSpacesAndDecomposedAccentsDoNotMatter() {
        String decomposed = Normalizer.normalize("6 Tháng  Đầu Năm 2020", Normalizer.Form.NFD);
        assertThat(Period.parse("  " + decomposed + " ")).isEqualTo(Period.half(2020, 1));
    }

    @Test
    void whatTheReportCallsAPeriodIsReadBack() {
        for (Period p : new Period[] {Period.half(2019, 1), Period.half(2019, 2), Period.nineMonths(2020),
                Period.quarter(2021, 1), Period.quarter(2021, 4), Period.year(2021)}) {
            assertThat(Period.parse(p.vietnameseName())).isEqualTo(p);
        }
    }

    @Test
    void anImpossibleDateOrUnknownWordsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("từ 31/02/2021 đến 31/03/2021"))
                .withMessage("'từ 31/02/2021 đến 31/03/2021' không phải là khoảng ngày hợp lệ: ngày 31/02/2021 không có trên lịch: tháng 2 năm 2021 chỉ có 28 ngày");
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("quý V năm 2021"))
                .withMessageContaining("6 tháng đầu năm 2019");
    }
}
