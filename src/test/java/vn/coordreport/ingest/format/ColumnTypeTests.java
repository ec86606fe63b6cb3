package vn.coordreport.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a quantity may be beyond the checks of whole imports (ImportProblemsIntegrationTests). */
class ColumnTypeTests {

    @Test
    void aQuantityIsKeptToThousandths() {
        assertThat(ColumnType.QUANTITY.canonical("1.235")).isEqualTo("1.235");
        assertThat(ColumnType.QUANTITY.canonical("1.2500000")).isEqualTo("1.2500000");
        assertThatThrownBy(() -> ColumnType.QUANTITY.canonical("0.3004")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("có quá 3 chữ số sau dấu thập phân");
        assertThatThrownBy(() -> ColumnType.QUANTITY.canonical("0.0000001")).isInstanceOf(IllegalArgumentException.class);
    }
}
