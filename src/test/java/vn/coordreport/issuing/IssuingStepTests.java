package vn.coordreport.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** A step's comment as the pages show it. */
class IssuingStepTests {

    private static IssuingStep step(String step, String comment) {
        return new IssuingStep(step, "gd", OffsetDateTime.now(), comment);
    }

    @Test
    void aSignatureNamesItsKeysHolderNotTheCertificatesSubject() {
        // "ký bằng khóa của CN=Nguyễn Triều Thương" showed the reader a certificate's notation
        assertThat(step("SIGNED", "ký bằng khóa của CN=Trần Văn Phó,O=Sở Ngoại vụ,C=VN; người ký ghi trên văn bản là "
                + "Nguyễn Văn Hùng").shownComment())
                .isEqualTo("ký bằng khóa mang tên Trần Văn Phó; người ký ghi trên văn bản là Nguyễn Văn Hùng");
        assertThat(step("SIGNED", "ký bằng khóa của CN=Nguyễn Triều Thương").shownComment())
                .isEqualTo("ký bằng khóa mang tên Nguyễn Triều Thương");
    }

    @Test
    void otherCommentsAreShownAsWritten() {
        assertThat(step("REJECTED", "CN=ghi sai tên người ký").shownComment()).isEqualTo("CN=ghi sai tên người ký");
        assertThat(step("SIGNED", null).shownComment()).isNull();
        assertThat(step("APPROVED", "đồng ý").shownComment()).isEqualTo("đồng ý");
    }
}
