package vn.coordreport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import vn.coordreport.files.TempFolders;

/**
 * A process killed with SIGKILL (a crash, the OOM killer, a node kill) runs no
 * clean-up: whatever temporary file it has is left. Its fonts must therefore
 * not be in the system's temporary folder, where nothing removes them, but in
 * its own, which the next process to start removes.
 */
class ReportFontsTests {

    static final LocalDate DAY = LocalDate.of(2022, 1, 10);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aRendererKilledWithSigkillLeavesNoFontInTheSystemsTemporaryFolderAndItsOwnIsRemovedByTheNextStart()
            throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path home = dir.resolve("home");

        // given a process that rendered a draft PDF, a final PDF/A and a Word file
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                RendersThenWaits.class.getName(), home.toString())
                .redirectError(dir.resolve("renderer.err").toFile()).start();
        try (BufferedReader out = process.inputReader()) {
            // (its log is on its standard output too)
            assertThat(out.lines().filter("rendered"::equals).findFirst()).as("see " + dir.resolve("renderer.err"))
                    .isPresent();

            // when it is killed
            process.destroyForcibly();
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }

        // then the system's temporary folder holds nothing of its fonts: only the sRGB profile all processes share
        assertThat(names(tmp)).allMatch(name -> name.matches("coordreport-srgb-[0-9a-f]{16}\\.icc"));
        // its fonts were in a folder of its own, which the next process removes as it starts
        List<Path> own = list(home.resolve("tmp"));
        assertThat(own).singleElement().satisfies(folder -> assertThat(folder.getFileName().toString())
                .endsWith("-" + process.pid()));
        assertThat(list(list(own.get(0)).get(0))).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
                "LiberationSerif-BoldItalic.ttf");
        new TempFolders(home);
        assertThat(home.resolve("tmp")).isEmptyDirectory();
    }

    private static List<String> names(Path folder) throws IOException {
        return list(folder).stream().map(p -> p.getFileName().toString()).toList();
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    /** The process killed: renders, says so, and waits. */
    static final class RendersThenWaits {

        public static void main(String[] args) throws IOException {
            ReportRenderer renderer = new ReportRenderer(new TempFolders(Path.of(args[0])));
            renderer.render(ReviewFixtures.rich(), RenderOptions.draft(Format.PDF, DAY));
            renderer.render(ReviewFixtures.rich(), RenderOptions.finalReport(Format.PDF, 1, DAY));
            renderer.render(ReviewFixtures.rich(), RenderOptions.draft(Format.DOCX, DAY));
            System.out.println("rendered");
            System.out.flush();
            System.in.read(); // until it is killed
        }
    }
}
