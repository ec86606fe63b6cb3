package vn.coordreport.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.i18n.LocaleContextHolder;

class MessagesTests {

    @TempDir
    Path temp;

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void whyAFileCannotBeReadIsSaidNotLeftToTheJdksBarePath() throws IOException {
        Path missing = temp.resolve("khong-co.p12");
        Path file = Files.writeString(temp.resolve("tep.txt"), "x");
        IOException notThere = catchThrowableOfType(IOException.class, () -> Files.readAllBytes(missing));
        IOException notAFolder = catchThrowableOfType(IOException.class, () -> Files.newDirectoryStream(file).close());
        assertThat(notThere).hasMessage(missing.toString());

        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(Messages.reason(notThere)).isEqualTo("không có tệp hay thư mục này");
        assertThat(Messages.reason(notAFolder)).isEqualTo("không phải là thư mục");
        assertThat(Messages.reason(new AccessDeniedException("/srv/khoa.p12"))).isEqualTo("không có quyền truy cập");
        assertThat(Messages.reason(new IOException("Input/output error"))).isEqualTo("Input/output error");
        // the system's reason without the path the sentence names already, in Vietnamese when common
        assertThat(Messages.reason(new java.nio.file.FileSystemException("/mnt/x", null, "No space left on device")))
                .isEqualTo("ổ đĩa đã hết chỗ trống");
        assertThat(Messages.reason(new java.nio.file.FileSystemException("/mnt/x", null, "Too many open files")))
                .isEqualTo("Too many open files");
        assertThat(Messages.fileFailure(new java.nio.file.FileAlreadyExistsException("/srv/mau")))
                .isEqualTo("tệp /srv/mau: đã có một tệp hay thư mục mang tên này");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(Messages.reason(notThere)).isEqualTo("no such file or folder");
    }
}
