package vn.coordreport.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What a quantity may be beyond the checks of whole imports (ImportProblemsIntegrationTests). */
class ColumnTypeTests {

    @Test
    void aQuantityIsKeptToThousandths() {
        assertThat(ColumnType.QUANTITY.canonical("0.125")).isEqualTo("0.125");
        assertThat(ColumnType.QUANTITY.canonical("1.2350")).isEqualTo("1.2350");
        assertThat(ColumnType.QUANTITY.canonical("1.2500000")).isEqualTo("1.2500000");
        assertThatThrownBy(() -> ColumnType.QUANTITY.canonical("0.3004")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("có quá 3 chữ số sau dấu thập phân");
        assertThatThrownBy(() -> ColumnType.QUANTITY.canonical("0.0000001")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuantityThatReadsTwoWaysIsRefusedWithBothReadings() {
        // "60.000 khẩu trang" as a Vietnamese spreadsheet shows sixty thousand: the format's decimal point made it 60
        assertThatThrownBy(() -> ColumnType.QUANTITY.canonical("60.000")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'60.000' đọc được hai cách: 60000 nếu dấu chấm ngăn cách hàng nghìn (như Excel tiếng Việt"
                        + " hiển thị), hoặc 60 nếu là dấu thập phân; tệp nhập không dùng dấu phân cách hàng nghìn, nên hãy"
                        + " ghi 60000 hoặc 60");
        assertThatThrownBy(() -> ColumnType.QUANTITY.canonical("1.500")).hasMessageContaining("1500 nếu dấu chấm")
                .hasMessageContaining("hoặc 1,5 nếu là dấu thập phân").hasMessageEndingWith("hãy ghi 1500 hoặc 1.5");
        assertThatThrownBy(() -> ColumnType.QUANTITY.canonical("2.345")).hasMessageEndingWith("hãy ghi 2345 hoặc 2.3450");
        // one reading only: a lone zero never groups thousands, four digits would be grouped, two decimals are no group
        assertThat(List.of("0.500", "1234.500", "12.50", "60000", "600.0000")).allSatisfy(
                v -> assertThat(ColumnType.QUANTITY.canonical(v)).isEqualTo(v));
    }

    @Test
    void aStateTypedAsItsNameIsToldItsCodeAndAValueIsQuotedAsTyped() {
        // the template's list shows "IN_PROGRESS" beside "Đang thực hiện": a clerk typed the name
        assertThatThrownBy(() -> ColumnType.TASK_STATUS.canonical("đang thực hiện"))
                .hasMessage("'đang thực hiện' là tên gọi, không phải mã trạng thái nhiệm vụ: ghi mã IN_PROGRESS");
        assertThatThrownBy(() -> ColumnType.TASK_STATUS.canonical("Dừng thực hiện")).hasMessageEndingWith("ghi mã DROPPED");
        // not 'FINISHED': the problem quotes what the clerk wrote
        assertThatThrownBy(() -> ColumnType.TASK_STATUS.canonical("finished"))
                .hasMessageStartingWith("'finished' không phải là trạng thái nhiệm vụ: ghi một trong các mã PLANNED");
        assertThat(ColumnType.TASK_STATUS.canonical("in_progress")).isEqualTo("IN_PROGRESS");
    }
}
