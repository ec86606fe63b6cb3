package vn.coordreport.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFilesTests {

    @TempDir
    Path folder;

    @Test
    void aFileIsWrittenWholeAndNoPartialFileRemains() throws Exception {
        Path written = WholeFiles.write(folder.resolve("out"), "bao-cao.pdf", "%PDF-1.7 ... %%EOF".getBytes(StandardCharsets.UTF_8));

        assertThat(written).hasFileName("bao-cao.pdf").hasContent("%PDF-1.7 ... %%EOF");
        try (var files = Files.list(folder.resolve("out"))) {
            assertThat(files).containsExactly(written);
        }
        // with the permissions of any file the user makes there (the umask), as the office's other accounts read
        // the reports of a shared folder: not a temporary file's, readable by its owner alone
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void thePartialFilesOfAKilledProcessAreRemovedByTheNextWriteIntoTheFolder() throws Exception {
        // given the partial file of a process that is gone, and one of a process still running
        long dead = DeadProcess.pid();
        Path leftover = Files.writeString(folder.resolve(".partial-" + dead + "-123.tmp"), "%PDF-1.7 cut off");
        Path inProgress = Files.writeString(folder.resolve(".partial-" + ProcessHandle.current().pid() + "-456.tmp"), "%PDF");

        // when a report is written there
        WholeFiles.write(folder, "bao-cao.pdf", new byte[] {1, 2, 3});

        // then the dead process's partial file is gone, the live one's is left alone
        assertThat(leftover).doesNotExist();
        assertThat(inProgress).exists();
        assertThat(folder.resolve("bao-cao.pdf")).hasBinaryContent(new byte[] {1, 2, 3});
    }
}
