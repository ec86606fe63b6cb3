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

import vn.coordreport.support.TestJvm;

/**
 * A process killed with SIGKILL (a crash, the OOM killer, a node kill) runs no
 * clean-up: whatever temporary file it has of its own is left. The fonts AWT
 * reads from files are therefore copies shared by every process, one per
 * content, which no process writes twice and none removes.
 */
class ReportFontsTests {

    static final LocalDate DAY = LocalDate.of(2022, 1, 10);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void renderersKilledWithSigkillLeaveOnlyTheCopiesEveryProcessSharesInTheSystemsTemporaryFolder() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));

        // given a process that rendered a draft PDF, a final PDF/A and a Word file, killed
        renderThenKill(tmp, "first");
        // then the system's temporary folder holds the four faces and the sRGB profile, named by their content
        List<String> shared = names(tmp);
        assertThat(shared).hasSize(5).allMatch(name -> name.matches("coordreport-srgb-[0-9a-f]{16}\\.icc")
                || name.matches("coordreport-LiberationSerif-(Regular|Bold|Italic|BoldItalic)-[0-9a-f]{16}\\.ttf"));

        // when another is killed the same way
        renderThenKill(tmp, "second");
        // then it used the same files: nothing grows with the processes killed
        assertThat(names(tmp)).containsExactlyInAnyOrderElementsOf(shared);
    }

    @Test
    void everyRendererOfTheJvmMeasuresWithTheSameFaces() throws IOException {
        // the JVM's AWT fonts outlive any one application context: a renderer must not read faces of its own
        assertThat(ReportFonts.shared()).isSameAs(ReportFonts.shared());
        assertThat(ReportFonts.shared().bold().getFontName()).isEqualTo("Liberation Serif Bold");
        // read from the shared copies, which no process removes
        assertThat(names(Path.of(System.getProperty("java.io.tmpdir"))))
                .anyMatch(name -> name.matches("coordreport-LiberationSerif-Bold-[0-9a-f]{16}\\.ttf"));
    }

    private void renderThenKill(Path tmp, String name) throws Exception {
        Process process = new ProcessBuilder(TestJvm.command(
                List.of("-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true"), RendersThenWaits.class.getName()))
                .redirectError(dir.resolve(name + ".err").toFile()).start();
        try (BufferedReader out = process.inputReader()) {
            // (its log is on its standard output too)
            assertThat(out.lines().filter("rendered"::equals).findFirst()).as("see " + dir.resolve(name + ".err"))
                    .isPresent();
            process.destroyForcibly();
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
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
            ReportRenderer renderer = new ReportRenderer();
            renderer.render(ReviewFixtures.rich(), RenderOptions.draft(Format.PDF, DAY));
            renderer.render(ReviewFixtures.rich(), RenderOptions.finalReport(Format.PDF, 1, DAY));
            renderer.render(ReviewFixtures.rich(), RenderOptions.draft(Format.DOCX, DAY));
            System.out.println("rendered");
            System.out.flush();
            System.in.read(); // until it is killed
        }
    }
}
