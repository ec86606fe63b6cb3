package vn.coordreport.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFoldersTests {

    @TempDir
    Path home;

    @Test
    void aStartingProcessRemovesTheTemporaryFoldersOfKilledOnesAndLeavesLiveOnesAlone() throws Exception {
        // given the folder of a killed process, holding an upload cut off half-way, and one of a live process
        Path killed = home.resolve("tmp").resolve(Processes.HOST + "-" + DeadProcess.pid());
        Path upload = Files.createDirectories(killed.resolve("tomcat/work/Tomcat/localhost/ROOT"))
                .resolve("upload_1234.tmp");
        Files.writeString(upload, "PK... cut off");
        Process live = new ProcessBuilder("sleep", "30").start();
        try {
            Path running = Files.createDirectories(home.resolve("tmp").resolve(Processes.HOST + "-" + live.pid()));

            // when a process starts
            TempFolders temp = new TempFolders(home);

            // then the killed process's folder is gone, the live one's is left
            assertThat(killed).doesNotExist();
            assertThat(running).exists();
            assertThat(temp.removeDeadProcessFolders()).isZero();
        } finally {
            live.destroy();
        }
    }

    @Test
    void aProcessKeepsItsTemporaryFilesInAFolderOfItsOwnAndRemovesItWhenItStops() throws Exception {
        TempFolders temp = new TempFolders(home);

        Path upload = temp.newFolder("upload-");
        Files.writeString(upload.resolve("records.csv"), "agreement,indicator,date\n");

        assertThat(upload.getParent()).isEqualTo(home.resolve("tmp").resolve(TempFolders.PROCESS_FOLDER).toAbsolutePath());
        temp.removeMine();
        assertThat(upload.getParent()).doesNotExist();
    }
}
