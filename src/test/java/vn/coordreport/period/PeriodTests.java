package vn.coordreport.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.coordreport.period.PeriodCalendar.CALENDAR;
import static vn.coordreport.period.PeriodCalendar.DECREE_09;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.i18n.LocaleContextHolder;

class PeriodTests {

    @ParameterizedTest(name = "{0} under {1} is {2}..{3}")
    @CsvSource({
            "2019-H1, decree-09, 2018-12-15, 2019-06-14",
            "2019-H1, calendar,  2019-01-01, 2019-06-30",
            "2019-H2, decree-09, 2019-06-15, 2019-12-14",
            "2019-H2, calendar,  2019-07-01, 2019-12-31",
            "2020-9M, decree-09, 2019-12-15, 2020-09-14",
            "2020-9M, calendar,  2020-01-01, 2020-09-30",
            "2021-Q1, decree-09, 2020-12-15, 2021-03-14",
            "2021-Q1, calendar,  2021-01-01, 2021-03-31",
            "2021-Q2, decree-09, 2021-03-15, 2021-06-14",
            "2021-Q3, decree-09, 2021-06-15, 2021-09-14",
            "2021-Q3, calendar,  2021-07-01, 2021-09-30",
            "2021-Q4, decree-09, 2021-09-15, 2021-12-14",
            "2021-Q4, calendar,  2021-10-01, 2021-12-31",
            "2021,    decree-09, 2020-12-15, 2021-12-14",
            "2021,    calendar,  2021-01-01, 2021-12-31",
            "2020-H1, calendar,  2020-01-01, 2020-06-30",
            "2016-06-25..2023-10-25, decree-09, 2016-06-25, 2023-10-25",
            "2016-06-25..2023-10-25, calendar,  2016-06-25, 2023-10-25",
    })
    void eachKindOfPeriodCoversItsDaysUnderEachCalendar(String text, String calendar, LocalDate from, LocalDate to) {
        // given
        Period period = Period.parse(text);

        // when
        DateRange range = period.range(PeriodCalendar.fromId(calendar));

        // then
        assertThat(range).isEqualTo(new DateRange(from, to));
        assertThat(period.toString()).isEqualTo(text);
    }

    @Test
    void aFilterIsReadAsAPeriodIsWrittenAndNoneIsNoFilter() {
        assertThat(Period.parseIfGiven(null)).isNull();
        assertThat(Period.parseIfGiven("  ")).isNull();
        assertThat(Period.parseIfGiven(" 2019-h1 ")).isEqualTo(Period.half(2019, 1));
        assertThat(Period.parseIfGiven("6 tháng đầu năm 2019")).isEqualTo(Period.half(2019, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parseIfGiven("2019-H9"))
                .withMessageContaining("2019-H9");
    }

    @Test
    void theCutOffOnThe14thDecidesTheHalfUnderDecree09Only() {
        LocalDate the14th = LocalDate.of(2019, 6, 14);
        LocalDate the15th = LocalDate.of(2019, 6, 15);

        assertThat(DECREE_09.periodOf(Period.Kind.HALF, the14th)).isEqualTo(Period.half(2019, 1));
        assertThat(DECREE_09.periodOf(Period.Kind.HALF, the15th)).isEqualTo(Period.half(2019, 2));
        assertThat(CALENDAR.periodOf(Period.Kind.HALF, the14th)).isEqualTo(Period.half(2019, 1));
        assertThat(CALENDAR.periodOf(Period.Kind.HALF, the15th)).isEqualTo(Period.half(2019, 1));
    }

    @Test
    void lateDecemberBelongsToTheNextYearUnderDecree09() {
        LocalDate day = LocalDate.of(2019, 12, 20);

        assertThat(DECREE_09.periodOf(Period.Kind.YEAR, day)).isEqualTo(Period.year(2020));
        assertThat(DECREE_09.periodOf(Period.Kind.QUARTER, day)).isEqualTo(Period.quarter(2020, 1));
        assertThat(CALENDAR.periodOf(Period.Kind.YEAR, day)).isEqualTo(Period.year(2019));
    }

    @ParameterizedTest(name = "{0} is compared with {1}")
    @CsvSource({
            "2019-H1, 2018-H1",
            "2019-H2, 2018-H2",
            "2020-9M, 2019-9M",
            "2021-Q3, 2020-Q3",
            "2021,    2020",
            "2019-01-01..2019-01-10, 2018-12-22..2018-12-31",
    })
    void previousComparable(String period, String previous) {
        assertThat(Period.parse(period).previousComparable()).isEqualTo(Period.parse(previous));
    }

    @Test
    void theNextPeriodsOfANineMonthsReviewAreThoseRunningIntoItsLastThreeMonths() {
        assertThat(Period.parse("2020-9M").following()).extracting(Period::toString)
                .containsExactly("2020-Q4", "2020-H2", "2020");
        assertThat(Period.parse("2019-H1").following()).extracting(Period::toString)
                .containsExactly("2019-H2", "2019");
        assertThat(Period.parse("2021-Q4").following()).extracting(Period::toString)
                .containsExactly("2022-Q1", "2022");
    }

    @Test
    void parsingIsLenientAboutCaseAndSpaces() {
        assertThat(Period.parse(" 2019-h1 ")).isEqualTo(Period.half(2019, 1));
        assertThat(Period.parse("2020-9m")).isEqualTo(Period.nineMonths(2020));
        assertThat(Period.parse("2021-q3")).isEqualTo(Period.quarter(2021, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "2019-H3", "2019-Q5", "2019-Q0", "19-H1", "2019H1", "2019-10M", "H1-2019",
            "2019-06-31..2019-07-01", "2019-07-01..2019-06-01", "2019-07-01..", "2019-7-1..2019-8-1"})
    void parseErrorsSayWhatIsWrong(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(text))
                .withMessageContaining("'" + text + "'");
    }

    @Test
    void parseErrorsAreWordedInTheReadersLanguage() {
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("2019-H3"))
                .withMessageStartingWith("'2019-H3' không phải là kỳ báo cáo: ghi 2019-H1 (6 tháng đầu năm)");
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("2019-06-31..2019-07-01"))
                .withMessage("'2019-06-31..2019-07-01' không phải là khoảng ngày hợp lệ: ngày 2019-06-31 không có trên lịch: tháng 6 năm 2019 chỉ có 30 ngày");
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("2019-07-01..2019-06-01"))
                .withMessage("'2019-07-01..2019-06-01' không phải là khoảng ngày hợp lệ: ngày kết thúc (01/06/2019) "
                        + "trước ngày bắt đầu (01/07/2019)");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("2019-H3"))
                    .withMessageStartingWith("'2019-H3' is not a period: write 2019-H1, 2019-H2");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000", "0000-H1", "0000-Q4", "0000-9M", "0999", "cả năm 0000", "quý I năm 0000",
            "0000-01-01..2021-01-01", "từ 01/01/0000 đến 31/12/0000"})
    void thereIsNoYearZeroNorAYearOfFewerThanFourDigits(String text) {
        // 0000 was taken and shown as "năm 0 (15/12/-0001 - 14/12/0000)"
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(text))
                .withMessage("'" + text + "' không phải là kỳ báo cáo: năm của kỳ viết bằng bốn chữ số, từ 1000 trở đi "
                        + "(không có năm 0), ví dụ 2021");
    }

    @Test
    void theFirstYearIsOneThousand() {
        assertThat(Period.parse("1000")).isEqualTo(Period.year(1000));
        assertThat(Period.parse("9999-H2")).isEqualTo(Period.half(9999, 2));
        assertThat(Period.parse("1000-01-01..1000-12-31").rangeFrom()).isEqualTo(LocalDate.of(1000, 1, 1));
    }

    @Test
    void aMissingPeriodIsAnErrorNotANullPointer() {
        assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(null));
    }

    @Test
    void invalidPeriodsCannotBeBuilt() {
        assertThatIllegalArgumentException().isThrownBy(() -> Period.half(2019, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> Period.quarter(2019, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> Period.range(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)));
    }

    @Test
    void calendarIds() {
        assertThat(PeriodCalendar.fromId("decree-09")).isEqualTo(DECREE_09);
        assertThat(PeriodCalendar.fromId(" Calendar ")).isEqualTo(CALENDAR);
        assertThatIllegalArgumentException().isThrownBy(() -> PeriodCalendar.fromId("lunar"))
                .withMessageStartingWith("'lunar' không phải là lịch kỳ báo cáo: ghi decree-09");
        assertThatIllegalArgumentException().isThrownBy(() -> PeriodCalendar.fromId(null));
    }

    @Test
    void vietnameseNames() {
        assertThat(Period.parse("2019-H1").vietnameseName()).isEqualTo("6 tháng đầu năm 2019");
        assertThat(Period.parse("2021-Q3").vietnameseName()).isEqualTo("quý III năm 2021");
        assertThat(Period.parse("2016-06-25..2023-10-25").vietnameseName()).isEqualTo("giai đoạn 2016 - 2023");
        // never "giai đoạn 2021 - 2021"
        assertThat(Period.parse("2021-01-01..2021-03-31").vietnameseName())
                .isEqualTo("giai đoạn từ ngày 01/01/2021 đến ngày 31/03/2021");
    }

    @Test
    void thePeriodsWithinAPeriodAreThoseWhoseTasksItsReportTells() {
        assertThat(Period.parse("2019").within(DECREE_09)).extracting(Period::toString)
                .containsExactly("2019-Q1", "2019-Q2", "2019-H1", "2019-Q3", "2019-9M", "2019-Q4", "2019-H2");
        assertThat(Period.parse("2019-H2").within(DECREE_09)).extracting(Period::toString)
                .containsExactly("2019-Q3", "2019-Q4");
        assertThat(Period.parse("2019-Q2").within(DECREE_09)).isEmpty();
        // a term: each period that ends within it, the year the regulation came into force in too, not the year
        // whose last fortnight the term covers (Decree 09: 2023 runs from 15/12/2022)
        List<String> term = Period.parse("2018-03-01..2022-12-31").within(DECREE_09).stream()
                .map(Period::toString).toList();
        assertThat(term).contains("2018", "2018-H1", "2022", "2022-H2").doesNotContain("2023", "2023-Q1", "2017-H2");
        assertThat(term.get(term.size() - 1)).isEqualTo("2022");
    }

}
