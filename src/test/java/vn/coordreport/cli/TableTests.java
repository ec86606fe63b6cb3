package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The list commands' table: Vietnamese headings, columns as wide as their longest value, numbers on the right. */
class TableTests {

    @Test
    void eachColumnIsAsWideAsItsLongestValueInCodePoints() {
        // given a heading longer than its values, a Vietnamese value longer than its heading, and a number column
        Table table = Table.of("table.period", "table.agreement", "deliveries.head.attempts").right(2)
                .row("2021", "05/QCPH-SNgV-BĐBP", 3)
                .row("2019-H1", null, 12);

        // then the columns line up under their headings, two spaces apart, with no space at the end of a line
        assertThat(table.lines()).containsExactly(
                "Kỳ       Quy chế            Số lần gửi",
                "2021     05/QCPH-SNgV-BĐBP           3",
                "2019-H1  -                          12");
    }

    @Test
    void anEmptyLastValueLeavesNoSpaceBehind() {
        assertThat(Table.of("table.status", "deliveries.head.error").row("SENT", "").lines())
                .containsExactly("Trạng thái  Lỗi", "SENT");
    }

    @Test
    void aRowNeedsOneValuePerHeading() {
        assertThatIllegalArgumentException().isThrownBy(() -> Table.of("table.status", "table.period").row("SENT"));
    }

    @Test
    void daysAreWrittenAsTheReaderWritesThem() {
        assertThat(Table.day(LocalDate.of(2021, 6, 1))).isEqualTo("01/06/2021");
        assertThat(Table.day(null)).isEqualTo("-");
    }
}
