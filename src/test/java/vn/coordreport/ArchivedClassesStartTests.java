package vn.coordreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine.Command;

/**
 * Which commands run in a JVM of their own with archived classes ({@link ArchivedClassesStart}): the launcher decides
 * on the first argument alone, before any library is loaded, so its list is checked here against the commands
 * themselves. The JVM of its own is started by {@code CommandStartIT}.
 */
class ArchivedClassesStartTests {

    @Test
    void theShortCommandsAreThoseThatOnlyReadOrWriteRowsWithEachOfTheirSubcommands() throws ClassNotFoundException {
        Class<?> databaseOnly = Class.forName("vn.coordreport.cli.DatabaseOnly");
        Class<?> top = Class.forName("vn.coordreport.cli.CoordreportCommand");
        Set<String> rowsOnly = new TreeSet<>();
        for (Class<?> command : top.getAnnotation(Command.class).subcommands()) {
            if (itAndItsSubcommands(command).stream().allMatch(databaseOnly::isAssignableFrom)) {
                rowsOnly.add(command.getAnnotation(Command.class).name());
            }
        }

        assertThat(rowsOnly).containsExactlyInAnyOrderElementsOf(ArchivedClassesStart.SHORT_COMMANDS);
    }

    @Test
    void onlyAShortCommandIsRunSo() {
        assertThat(ArchivedClassesStart.suits(new String[] {"users", "list"})).isTrue();
        assertThat(ArchivedClassesStart.suits(new String[] {"jobs"})).isTrue();
        assertThat(ArchivedClassesStart.suits(new String[] {"serve"})).isFalse();
        assertThat(ArchivedClassesStart.suits(new String[] {"close-period", "2021"})).isFalse();
        assertThat(ArchivedClassesStart.suits(new String[] {"schedules"})).isTrue();
        assertThat(ArchivedClassesStart.suits(new String[] {"run-nightly"})).isFalse();
        assertThat(ArchivedClassesStart.suits(new String[0])).isFalse();
    }

    @Test
    void anArchiveLeftHalfWrittenForAnHourIsRemovedButNotOneBeingWrittenNowNorTheArchive(@TempDir Path copy)
            throws IOException {
        Path left = Files.writeString(copy.resolve(".partial-classes-0123456789abcdef.jsa-1"), "left");
        Files.setLastModifiedTime(left, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path writing = Files.writeString(copy.resolve(".partial-classes-0123456789abcdef.jsa-2"), "writing");
        Path archive = Files.writeString(copy.resolve("classes-0123456789abcdef.jsa"), "archive");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        ArchivedClassesStart.removeLeftovers(copy, Instant.now().minus(Duration.ofHours(1)));

        assertThat(left).doesNotExist();
        assertThat(writing).exists();
        assertThat(archive).exists();
    }

    private static List<Class<?>> itAndItsSubcommands(Class<?> command) {
        List<Class<?>> all = new ArrayList<>(List.of(command));
        for (Class<?> subcommand : command.getAnnotation(Command.class).subcommands()) {
            all.addAll(itAndItsSubcommands(subcommand));
        }
        return all;
    }
}
