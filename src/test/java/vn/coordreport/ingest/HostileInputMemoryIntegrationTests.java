package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.coordreport.support.TestDatabase;
import vn.coordreport.support.TestJvm;

/**
 * Huge hostile inputs ({@link HostileFiles}: one field, one line without a line
 * end, one unclosed quote, one shared string, millions of shared strings) given
 * to {@code coordreport import} in a JVM of its own with {@code -Xmx256m}: each
 * ends with exit status 1 and a problem naming the file and line, without
 * running out of memory, and the process's peak resident memory stays bounded.
 * Each file is 256 MB by default; {@code -Dcoordreport.hostile.mb=1024} makes
 * them a gigabyte (the figures in the README).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputMemoryIntegrationTests {

    static final long MB = Long.getLong("coordreport.hostile.mb", 256);
    /** The heap is capped at 256 MB; the rest is the JVM's own (classes, code, threads, GC). */
    static final long MAX_RSS_MB = 900;

    private Path dir;
    private TestDatabase.Connection db;

    @BeforeAll
    void writeTheFiles() throws IOException {
        dir = Files.createTempDirectory("coordreport-hostile-");
        HostileFiles.write(dir, MB << 20);
        db = TestDatabase.newDatabase();
    }

    @AfterAll
    void deleteTheFiles() throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aHugeFieldALineWithoutEndAndAnUnclosedQuoteAreNamedInBoundedMemory() throws Exception {
        refusedInBoundedMemory(HostileFiles.CSV, "agencies.csv:2: dòng dài hơn 1048576 ký tự",
                "records.csv:2: dòng dài hơn 1048576 ký tự",
                "results.csv:2: ô mở dấu nháy kép ở dòng này kéo dài hơn 1048576 ký tự",
                "Không nhập được: 3 lỗi; không có gì được ghi.");
    }

    @Test
    void aWorkbookWithAHugeSharedStringIsRefusedInBoundedMemory() throws Exception {
        refusedInBoundedMemory(HostileFiles.HUGE_STRING,
                HostileFiles.HUGE_STRING + ":0: chuỗi dùng chung số 0 của sổ tính dài hơn 32767 ký tự");
    }

    @Test
    void aWorkbookWithMillionsOfSharedStringsIsRefusedInBoundedMemory() throws Exception {
        refusedInBoundedMemory(HostileFiles.MANY_STRINGS,
                HostileFiles.MANY_STRINGS + ":0: các chuỗi dùng chung của sổ tính cần hơn");
    }

    /** The import of {@code name} in a small JVM exits 1 naming the problems, in bounded memory, writing nothing. */
    private void refusedInBoundedMemory(String name, String... problems) throws Exception {
        Run run = importInSmallJvm(dir.resolve(name));

        assertThat(run.exit).as(run.err).isEqualTo(1);
        assertThat(run.err).contains(problems).doesNotContain("OutOfMemoryError", "Exception");
        assertThat(run.peakRssMb).as("peak resident memory (MB)").isBetween(1L, MAX_RSS_MB);
        long imports = JdbcClient.create(new DriverManagerDataSource(db.url(), db.username(), db.password()))
                .sql("select count(*) from import_batch").query(Long.class).single();
        assertThat(imports).as("nothing was written").isZero();
        System.out.printf("hostile input %s (%d MB): exit %d in %.1f s, peak RSS %d MB%n", name, MB, run.exit,
                run.seconds, run.peakRssMb);
    }

    private record Run(int exit, String err, long peakRssMb, double seconds) {
    }

    /** {@code coordreport import PATH} in a JVM with a 256 MB heap, its peak RSS read from /proc while it runs. */
    private Run importInSmallJvm(Path path) throws Exception {
        List<String> command = TestJvm.command(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"),
                "vn.coordreport.CoordreportApplication", "import", path.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Path err = Files.createTempFile("coordreport-hostile-", ".err");
        builder.redirectError(err.toFile());
        db.settings().forEach((key, value) -> builder.environment()
                .put(key.toUpperCase(Locale.ROOT).replace('.', '_'), value));
        long start = System.nanoTime();
        Process process = builder.start();
        long peak = 0;
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakRss(status));
            if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(10)) {
                process.destroyForcibly();
                throw new AssertionError("the import of " + path + " did not end within 10 minutes");
            }
        }
        String text = Files.readString(err, StandardCharsets.UTF_8);
        Files.deleteIfExists(err);
        return new Run(process.exitValue(), text, peak, (System.nanoTime() - start) / 1e9);
    }

    /** VmHWM, the peak resident set, in MB; 0 once the process is gone. */
    private static long peakRss(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just ended
        }
        return 0;
    }
}
