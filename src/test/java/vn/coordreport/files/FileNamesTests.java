package vn.coordreport.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void aSlugIsTheReadableAsciiOfVietnameseText() {
        assertThat(FileNames.slug("05/QCPH-SNgV-BĐBP")).isEqualTo("05-QCPH-SNgV-BDBP");
        assertThat(FileNames.slug("Thành phố Hồ Chí Minh")).isEqualTo("Thanh-pho-Ho-Chi-Minh");
        // decomposed as a Mac or a copy from a PDF may give it: the same slug
        assertThat(FileNames.slug("Qua\u0309ng Tri\u0323")).isEqualTo("Quang-Tri");
        assertThat(FileNames.slug("///")).isEqualTo("report");
        assertThat(FileNames.slug("x".repeat(100))).hasSize(80);
    }

    @Test
    void aDownloadHasAnAsciiNameAndTheVietnameseOneInUtf8() {
        String header = FileNames.contentDisposition("attachment", "so-van-ban-di_2025.pdf", "Sổ đăng ký văn bản đi 2025.pdf");

        assertThat(header).isEqualTo("attachment; filename=\"so-van-ban-di_2025.pdf\"; "
                + "filename*=UTF-8''S%E1%BB%95%20%C4%91%C4%83ng%20k%C3%BD%20v%C4%83n%20b%E1%BA%A3n%20%C4%91i%202025.pdf");
        String encoded = header.substring(header.indexOf("UTF-8''") + 7);
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("Sổ đăng ký văn bản đi 2025.pdf");
    }

    @Test
    void aDocumentShownInTheBrowserIsInline() {
        assertThat(FileNames.contentDisposition("inline", "Bao-cao.pdf", "Báo cáo (số 3).pdf"))
                .isEqualTo("inline; filename=\"Bao-cao.pdf\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%28s%E1%BB%91%203%29.pdf");
    }
}
