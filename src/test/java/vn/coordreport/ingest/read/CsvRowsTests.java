package vn.coordreport.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The CSV reader splits bytes and checks UTF-8 field by field: what that must not change. */
class CsvRowsTests {

    @Test
    void aFieldAcrossTheBuffersEdgeIsReadWhole() throws IOException {
        // given a first field that ends past 64 KB, with a two-byte character cut by the edge
        String longText = "a".repeat((1 << 16) - 12) + "đ".repeat(10);
        byte[] csv = ("note,code\n\"" + longText + "\",X\nngắn,Y\n").getBytes(StandardCharsets.UTF_8);

        // when
        List<String[]> rows = read(csv);

        // then
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).containsExactly(longText, "X");
        assertThat(rows.get(2)).containsExactly("ngắn", "Y");
    }

    @Test
    void repeatedShortFieldsAreTheSameTextAndDistinctOnesStayDistinct() throws IOException {
        List<String[]> rows = read("a,b\n2021-01-01,Đà Nẵng\n2021-01-01,Đà Nẵng\n2021-01-02,Đà Nẵnh\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(rows.get(1)).containsExactly("2021-01-01", "Đà Nẵng");
        assertThat(rows.get(2)).containsExactly("2021-01-01", "Đà Nẵng");
        assertThat(rows.get(3)).containsExactly("2021-01-02", "Đà Nẵnh");
    }

    @Test
    void badUtf8IsReportedOnItsOwnLineInsideAQuotedField() {
        // a quoted field opened on line 2, a Windows-1258 byte on line 4
        byte[] csv = concat("a,b\nx,\"one\ntwo\nthr".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xd2},
                "e\"\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(RowSource.Unreadable.class, e -> {
            assertThat(e.line).isEqualTo(4);
            assertThat(e.getMessage()).isEqualTo("tệp không được lưu bằng bảng mã UTF-8 (có phải tệp được lưu bằng bảng mã "
                    + "Windows-1258, TCVN3 hay UTF-16 không?): hãy mở tệp bằng Excel, chọn Lưu dưới dạng (Save As) với "
                    + "kiểu \"CSV UTF-8\" (*.csv)");
        });
    }

    @Test
    void overlongAndSurrogateEncodingsAreNotUtf8ButAFourByteCharacterIs() throws IOException {
        assertThat(read(concat("a\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xf0, (byte) 0x9f,
                (byte) 0x98, (byte) 0x80, '\n'})).get(1)).containsExactly("\uD83D\uDE00");
        for (byte[] bad : List.of(new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xed, (byte) 0xa0,
                (byte) 0x80}, new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xe1,
                (byte) 0x80})) {
            byte[] csv = concat("a\nok\n".getBytes(StandardCharsets.UTF_8), bad, new byte[] {'\n'});
            assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(RowSource.Unreadable.class,
                    e -> assertThat(e.line).isEqualTo(3));
        }
    }

    @Test
    void aRowOfSeparatorsAloneIsBlankAsASpreadsheetSavesAnEmptyRow() throws IOException {
        List<Long> lines = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        try (CsvRows source = new CsvRows(new ByteArrayInputStream("a;b;c\n1;2;3\n;;\n\"\";;\n4;5;6\n"
                .getBytes(StandardCharsets.UTF_8)))) {
            source.header();
            String[] row;
            while ((row = source.next()) != null) {
                rows.add(row.clone());
                lines.add(source.line());
            }
        }

        assertThat(rows).extracting(r -> String.join(";", r)).containsExactly("1;2;3", "4;5;6");
        // the rows after it keep their lines
        assertThat(lines).containsExactly(2L, 5L);
    }

    @Test
    void aHeadingRowAboveTheHeaderIsSkippedAndAnyOtherFirstRowIsTheHeader() throws IOException {
        java.util.Set<String> columns = java.util.Set.of("indicator", "date");
        try (CsvRows source = new CsvRows(new ByteArrayInputStream("Chỉ tiêu (*);Ngày (*)\nindicator;date\nRESCUE;01/02/2021\n"
                .getBytes(StandardCharsets.UTF_8)), columns)) {
            assertThat(source.header()).containsExactly("indicator", "date");
            assertThat(source.next()).containsExactly("RESCUE", "01/02/2021");
            assertThat(source.line()).isEqualTo(3);
        }
        // a first row naming no column over data is the header still, its problems said as ever; no row is lost
        try (CsvRows source = new CsvRows(new ByteArrayInputStream("chi tieu;ngay\nRESCUE;01/02/2021\n"
                .getBytes(StandardCharsets.UTF_8)), columns)) {
            assertThat(source.header()).containsExactly("chi tieu", "ngay");
            assertThat(source.line()).isEqualTo(1);
            assertThat(source.next()).containsExactly("RESCUE", "01/02/2021");
            assertThat(source.line()).isEqualTo(2);
            assertThat(source.next()).isNull();
        }
    }

    private static List<String[]> read(byte[] csv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (CsvRows source = new CsvRows(new ByteArrayInputStream(csv))) {
            rows.add(source.header().clone());
            String[] row;
            while ((row = source.next()) != null) {
                rows.add(row.clone());
            }
        }
        return rows;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
