package vn.coordreport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class VietnameseFormatTests {

    @Test
    void groupsThousandsWithDotsAndWritesDecimalsWithAComma() {
        assertThat(VietnameseFormat.number(54288)).isEqualTo("54.288");
        assertThat(VietnameseFormat.number(new BigDecimal("15.8"))).isEqualTo("15,8");
        assertThat(VietnameseFormat.number(new BigDecimal("1234567.125"))).isEqualTo("1.234.567,13");
        assertThat(VietnameseFormat.number(new BigDecimal("12.00"))).isEqualTo("12");
        assertThat(VietnameseFormat.number(7)).isEqualTo("7");
    }

    @Test
    void writesCountsBelowTenWithTwoDigits() {
        assertThat(VietnameseFormat.count(2)).isEqualTo("02");
        assertThat(VietnameseFormat.count(0)).isEqualTo("00");
        assertThat(VietnameseFormat.count(10)).isEqualTo("10");
        assertThat(VietnameseFormat.count(1250)).isEqualTo("1.250");
        assertThat(VietnameseFormat.quantity(new BigDecimal("6.000"))).isEqualTo("06");
        assertThat(VietnameseFormat.quantity(new BigDecimal("15.8"))).isEqualTo("15,8");
    }

    @Test
    void writesMoneyExactlyInTheUnitAClerkReadsItIn() {
        assertThat(VietnameseFormat.money(850_000_000L)).isEqualTo("850 triệu đồng");
        assertThat(VietnameseFormat.money(1_234_500_000L)).isEqualTo("1.234,5 triệu đồng");
        assertThat(VietnameseFormat.money(850_000L)).isEqualTo("850.000 đồng");
        assertThat(VietnameseFormat.money(8_350_000_000L)).isEqualTo("8,35 tỷ đồng");
        assertThat(VietnameseFormat.money(1_000_000_000L)).isEqualTo("1 tỷ đồng");
        assertThat(VietnameseFormat.money(1_500_000_000L)).isEqualTo("1,5 tỷ đồng");
        assertThat(VietnameseFormat.money(400_000_000_000L)).isEqualTo("400 tỷ đồng");
        assertThat(VietnameseFormat.money(54_288_000_000_000L)).isEqualTo("54.288 tỷ đồng");
        // from a thousand billion up, whole tỷ: exact to a million, it was "149.762.184 triệu đồng"
        assertThat(VietnameseFormat.money(149_762_184_321_000L)).isEqualTo("149.762 tỷ đồng");
        assertThat(VietnameseFormat.money(1_000_600_000_000L)).isEqualTo("1.001 tỷ đồng");
        // never rounded: the figure stays exact
        assertThat(VietnameseFormat.money(1_234_567_890L)).isEqualTo("1.234.567.890 đồng");
        assertThat(VietnameseFormat.billions(2_345_000_000L)).isEqualTo("2,35");
    }

    @Test
    void describesTheChangeAgainstThePreviousPeriod() {
        assertThat(VietnameseFormat.change(12, 10)).isEqualTo("tăng 20%");
        assertThat(VietnameseFormat.change(new BigDecimal("9"), new BigDecimal("8"))).isEqualTo("tăng 12,5%");
        assertThat(VietnameseFormat.change(97, 100)).isEqualTo("giảm 3%");
        assertThat(VietnameseFormat.change(5, 5)).isEqualTo("bằng cùng kỳ");
        assertThat(VietnameseFormat.change(0, 0)).isEqualTo("bằng cùng kỳ");
        // in the table, a row shown for its target alone compares nothing
        assertThat(VietnameseFormat.changeInTable(0, 0)).isEmpty();
        assertThat(VietnameseFormat.changeInTable(0, 4)).isEqualTo("giảm 100%");
        assertThat(VietnameseFormat.changeInTable(3, 0)).isEqualTo("mới phát sinh");
        assertThat(VietnameseFormat.change(4, 0)).isEqualTo("cùng kỳ chưa phát sinh");
        // in the table's "So với cùng kỳ" column
        assertThat(VietnameseFormat.changeInTable(4, 0)).isEqualTo("mới phát sinh");
        assertThat(VietnameseFormat.changeInTable(12, 10)).isEqualTo("tăng 20%");
        assertThat(VietnameseFormat.change(100_001, 100_000)).isEqualTo("tăng dưới 0,1%");
        assertThat(VietnameseFormat.change(null, new BigDecimal("3"))).isEqualTo("giảm 100%");
    }

    @Test
    void measuresAgainstTheTarget() {
        assertThat(VietnameseFormat.percentOf(new BigDecimal("26"), new BigDecimal("30"))).isEqualTo("86,7%");
        assertThat(VietnameseFormat.percentOf(new BigDecimal("45"), new BigDecimal("40"))).isEqualTo("112,5%");
        assertThat(VietnameseFormat.percentOf(new BigDecimal("5"), null)).isEmpty();
    }

    @Test
    void writesDatesAsDecree30Wants() {
        assertThat(VietnameseFormat.longDate(LocalDate.of(2022, 1, 18))).isEqualTo("ngày 18 tháng 01 năm 2022");
        assertThat(VietnameseFormat.longDate(LocalDate.of(2019, 7, 5))).isEqualTo("ngày 05 tháng 7 năm 2019");
        assertThat(VietnameseFormat.longDate(LocalDate.of(2020, 12, 25))).isEqualTo("ngày 25 tháng 12 năm 2020");
        assertThat(VietnameseFormat.shortDate(LocalDate.of(2022, 1, 18))).isEqualTo("18/01/2022");
        assertThat(VietnameseFormat.placeAndDate("Quảng Trị", LocalDate.of(2022, 1, 18)))
                .isEqualTo("Quảng Trị, ngày 18 tháng 01 năm 2022");
    }
}
