package vn.coordreport.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A workbook's numbers read as Excel shows them. */
class XlsxRowsTests {

    @Test
    void aNumberIsItsFifteenSignificantDigitsWrittenPlainly() {
        assertThat(XlsxRows.plain("1.5E7")).isEqualTo("15000000");
        assertThat(XlsxRows.plain("15000000.0")).isEqualTo("15000000");
        assertThat(XlsxRows.plain("3")).isEqualTo("3");
        assertThat(XlsxRows.plain("1.235")).isEqualTo("1.235");
        // 0.1 + 0.2 as the double stores it: Excel shows 0.3, and a quantity in thousandths it is
        assertThat(XlsxRows.plain("0.30000000000000004")).isEqualTo("0.3");
        assertThat(XlsxRows.plain("2.0005")).isEqualTo("2.0005");
    }

    @Test
    void aNumberCellIsNoTextThatReadsTwoWays() {
        // 2.345 in a number cell is two and some thousandths (Excel shows 2,345): written so the import reads it once
        assertThat(XlsxRows.stored("2.345")).isEqualTo("2.3450");
        assertThat(XlsxRows.stored("60000")).isEqualTo("60000");
        assertThat(XlsxRows.stored("0.125")).isEqualTo("0.125");
    }
}
