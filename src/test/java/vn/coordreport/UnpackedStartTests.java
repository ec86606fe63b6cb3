package vn.coordreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unpacked copy a jar starts from ({@link UnpackedStart}), on small jars laid out as Spring Boot lays out its own:
 * classes and resources under {@code BOOT-INF/classes}, stored libraries under {@code BOOT-INF/lib}, their order in
 * {@code BOOT-INF/classpath.idx}. The copy of the real jar is started by {@code CommandStartIT}.
 */
class UnpackedStartTests {

    @TempDir
    Path folder;

    @Test
    void theCopyHoldsTheClassesAndLibrariesAndItsClassLoaderReadsThemInTheJarsOrder() throws IOException {
        Path jar = bootJar("app.jar", "first");
        Path cache = Files.createDirectory(folder.resolve("cache"));

        Path copy = UnpackedStart.unpacked(jar, cache).orElseThrow();

        assertThat(copy.resolve("classes/greeting.txt")).hasContent("first");
        assertThat(copy.resolve("lib/one.jar")).exists();
        assertThat(copy.resolve("lib/two.jar")).exists();
        try (URLClassLoader loader = UnpackedStart.classLoader(copy, null)) {
            assertThat(read(loader, "greeting.txt")).isEqualTo("first");
            // both libraries hold shared.txt: the class path index puts two.jar first
            assertThat(read(loader, "shared.txt")).isEqualTo("from two");
            assertThat(read(loader, "only-in-one.txt")).isEqualTo("one");
        }
    }

    @Test
    void theCopysApplicationJarHoldsTheClassesAndTheJarsMetaInfButNotTheLaunchers() throws IOException {
        Path jar = bootJar("app.jar", "first");
        Path cache = Files.createDirectory(folder.resolve("cache"));

        Path copy = UnpackedStart.unpacked(jar, cache).orElseThrow();

        // the class path of a command's JVM of its own (ArchivedClassesStart): a folder cannot be archived
        try (ZipFile application = new ZipFile(copy.resolve("application.jar").toFile())) {
            assertThat(application.stream().map(ZipEntry::getName)).containsExactlyInAnyOrder("greeting.txt",
                    "META-INF/spring.factories");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {copy.resolve("application.jar").toUri().toURL()},
                null)) {
            assertThat(read(loader, "greeting.txt")).isEqualTo("first");
            assertThat(read(loader, "META-INF/spring.factories")).contains("LeanStart");
        }
        assertThat(UnpackedStart.libraries(copy)).containsExactly(copy.resolve("lib/two.jar"),
                copy.resolve("lib/one.jar"));
    }

    @Test
    void aSecondStartUsesTheSameCopyAndARebuiltJarGetsANewOne() throws IOException {
        Path jar = bootJar("app.jar", "first");
        Path cache = Files.createDirectory(folder.resolve("cache"));
        Path copy = UnpackedStart.unpacked(jar, cache).orElseThrow();

        assertThat(UnpackedStart.unpacked(jar, cache)).contains(copy);
        assertThat(copies(cache)).containsExactly(copy);

        bootJar("app.jar", "rebuilt");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        Path rebuilt = UnpackedStart.unpacked(jar, cache).orElseThrow();

        assertThat(rebuilt).isNotEqualTo(copy);
        assertThat(rebuilt.resolve("classes/greeting.txt")).hasContent("rebuilt");
        // the earlier copy was used a moment ago (a process may still run from it): kept
        assertThat(copies(cache)).containsExactlyInAnyOrder(copy, rebuilt);
    }

    @Test
    void copiesOfAnEarlierBuildUnusedForADayAreRemovedButNotThoseOfOtherJars() throws IOException {
        Path cache = Files.createDirectory(folder.resolve("cache"));
        Path jar = bootJar("app.jar", "first");
        Path other = bootJar("other.jar", "other");
        Path gone = bootJar("gone.jar", "a copy of the jar in a folder since removed");
        Path old = UnpackedStart.unpacked(jar, cache).orElseThrow();
        Path otherCopy = UnpackedStart.unpacked(other, cache).orElseThrow();
        Path goneCopy = UnpackedStart.unpacked(gone, cache).orElseThrow();
        Files.delete(gone);
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        Files.setLastModifiedTime(old.resolve("used"), twoDaysAgo);
        Files.setLastModifiedTime(otherCopy.resolve("used"), twoDaysAgo);
        // a jar that no longer exists is started no more: its copy went only when the cache folder was emptied
        Files.setLastModifiedTime(goneCopy.resolve("used"), twoDaysAgo);

        bootJar("app.jar", "rebuilt");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        Path rebuilt = UnpackedStart.unpacked(jar, cache).orElseThrow();

        assertThat(copies(cache)).containsExactlyInAnyOrder(rebuilt, otherCopy);
    }

    @Test
    void rebuildingAllDayKeepsTheTwoEarlierBuildsStartedLastAndNoMore() throws IOException {
        Path cache = Files.createDirectory(folder.resolve("cache"));
        Path jar = folder.resolve("app.jar");
        List<Path> builds = new ArrayList<>();
        for (int build = 1; build <= 5; build++) {
            bootJar("app.jar", "build " + build);
            Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(build)));
            Path copy = UnpackedStart.unpacked(jar, cache).orElseThrow();
            // started a minute apart, an hour ago at most: none is a day old
            Files.setLastModifiedTime(copy.resolve("used"), FileTime.from(Instant.now().minusSeconds(3600 - 60L * build)));
            builds.add(copy);
        }

        assertThat(copies(cache)).containsExactlyInAnyOrder(builds.get(2), builds.get(3), builds.get(4));
    }

    @Test
    void processesStartingTogetherEndWithOneWholeCopy() throws Exception {
        Path jar = bootJar("app.jar", "first");
        Path cache = Files.createDirectory(folder.resolve("cache"));
        ExecutorService starts = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<Path>>> copies = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                copies.add(starts.submit((Callable<Optional<Path>>) () -> UnpackedStart.unpacked(jar, cache)));
            }
            Path first = copies.get(0).get().orElseThrow();
            for (Future<Optional<Path>> copy : copies) {
                assertThat(copy.get()).contains(first);
            }
        } finally {
            starts.shutdownNow();
        }
        assertThat(listing(cache)).containsExactly(cache.relativize(copies(cache).get(0)).toString());
        assertThat(copies(cache).get(0).resolve("classes/greeting.txt")).hasContent("first");
    }

    @Test
    void anEntryPointingOutOfTheCopyIsRefusedAndLeavesNothingBehind() throws IOException {
        Path jar = folder.resolve("hostile.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            put(zip, "BOOT-INF/classpath.idx", "".getBytes(StandardCharsets.UTF_8));
            put(zip, "BOOT-INF/classes/../../escaped.txt", "x".getBytes(StandardCharsets.UTF_8));
        }
        Path cache = Files.createDirectory(folder.resolve("cache"));

        assertThatThrownBy(() -> UnpackedStart.unpacked(jar, cache)).isInstanceOf(IOException.class)
                .hasMessageContaining("escaped.txt");
        assertThat(listing(cache)).isEmpty();
        assertThat(folder.resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void aJarThatIsNotASpringBootJarIsNotUnpacked() throws IOException {
        Path jar = folder.resolve("plain.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            put(zip, "vn/Plain.class", new byte[] {1});
        }
        Path cache = Files.createDirectory(folder.resolve("cache"));

        assertThat(UnpackedStart.unpacked(jar, cache)).isEmpty();
        assertThat(listing(cache)).isEmpty();
    }

    @Test
    void theCacheFolderIsMadeTheUsersAloneAndOneOthersMayWriteIsNotUsed() throws IOException {
        Optional<Path> created = UnpackedStart.cacheFolder(folder.resolve("home-cache"));
        assertThat(created).contains(folder.resolve("home-cache/coordreport"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created.get()))).isEqualTo("rwx------");

        Path shared = Files.createDirectories(folder.resolve("shared/coordreport"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(UnpackedStart.cacheFolder(folder.resolve("shared"))).isEmpty();
    }

    /** A jar laid out as Spring Boot's: its launcher, a resource, two libraries (two.jar first in the index). */
    private Path bootJar(String name, String greeting) throws IOException {
        Path jar = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            put(zip, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
            // Spring Boot moves the application's META-INF to the jar's, beside its launcher's own
            put(zip, "META-INF/spring.factories", "x=vn.coordreport.cli.LeanStart\n".getBytes(StandardCharsets.UTF_8));
            put(zip, "META-INF/services/java.nio.file.spi.FileSystemProvider",
                    ("org.springframework.boot.loader.nio.file.NestedFileSystemProvider\n")
                            .getBytes(StandardCharsets.UTF_8));
            put(zip, "org/springframework/boot/loader/launch/JarLauncher.class", new byte[] {1});
            put(zip, "BOOT-INF/classes/greeting.txt", greeting.getBytes(StandardCharsets.UTF_8));
            put(zip, "BOOT-INF/lib/one.jar", library("shared.txt", "from one", "only-in-one.txt", "one"));
            put(zip, "BOOT-INF/lib/two.jar", library("shared.txt", "from two"));
            put(zip, "BOOT-INF/classpath.idx",
                    "- \"BOOT-INF/lib/two.jar\"\n- \"BOOT-INF/lib/one.jar\"\n".getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static byte[] library(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                put(zip, namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    /** Stored, not deflated, as Spring Boot stores its libraries. */
    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static String read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Path> copies(Path cache) throws IOException {
        try (Stream<Path> entries = Files.list(cache)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static List<String> listing(Path cache) throws IOException {
        try (Stream<Path> entries = Files.list(cache)) {
            return entries.map(p -> cache.relativize(p).toString()).toList();
        }
    }
}
