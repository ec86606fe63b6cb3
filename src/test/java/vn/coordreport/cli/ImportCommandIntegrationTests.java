package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import commands as an operator runs them, with their exit statuses. */
class ImportCommandIntegrationTests {

    @TempDir
    Path temp;

    private static CliSession cli;

    @BeforeAll
    static void pointAtAFreshDatabase() {
        cli = CliSession.onNewDatabase();
    }

    @AfterAll
    static void restore() {
        cli.close();
    }

    private static CliSession.Run run(String... args) {
        return cli.run(args);
    }

    @Test
    void importListAndUndo() {
        CliSession.Run imported = run("import", "src/main/resources/samples/tay-ninh-2019");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("records.csv", "103 rows").containsPattern("Imported as import #\\d+");
        String id = imported.out().replaceAll("(?s).*Imported as import #(\\d+).*", "$1");

        CliSession.Run again = run("import", "src/main/resources/samples/tay-ninh-2019");
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("already imported (import #" + id + ")");

        CliSession.Run list = run("imports");
        assertThat(list.status()).isZero();
        assertThat(list.out()).contains("status", "APPLIED", "tay-ninh-2019");

        CliSession.Run undo = run("undo-import", id);
        assertThat(undo.status()).as(undo.err()).isZero();
        assertThat(undo.out()).startsWith("Import #" + id + " undone:");
        assertThat(run("imports").out()).contains("UNDONE");
        assertThat(run("undo-import", id).status()).isEqualTo(1);
    }

    @Test
    void aSourceHoldingTerminalEscapesIsListedEscaped() throws IOException {
        // given an import whose source (a folder here, an upload's file name from the web) holds escape sequences
        Path folder = Files.createDirectories(temp.resolve("data\u001B[2J\u001B[31mred"));
        Files.writeString(folder.resolve("fields.csv"), "code,name\nESCAPED_FIELD,Lĩnh vực thử\n");
        assertThat(run("import", folder.toString()).status()).isZero();

        // when the history is listed
        CliSession.Run list = run("imports");

        // then the escapes are shown, not sent to the terminal
        assertThat(list.status()).isZero();
        assertThat(list.out()).doesNotContain("\u001B").contains("data\\u001B[2J\\u001B[31mred");
    }

    @Test
    void lookAlikeCodesAreListedUnderTheHistory() throws IOException {
        // given codes that an earlier version's imports left looking alike
        Path folder = Files.createDirectories(temp.resolve("lookalike"));
        Files.writeString(folder.resolve("fields.csv"), "code,name\nLOOKALIKE_FIELD,Lĩnh vực thử\n");
        assertThat(run("import", folder.toString()).status()).isZero();
        cli.execute("""
                insert into agency (code, name, province, import_id)
                select v.code, 'Sở Ngoại vụ', 'Lạng Sơn', (select max(id) from import_batch)
                from (values ('LK-SNGV'), ('LK-SNGV' || chr(8203)), (normalize('LK-SỞ', NFD)), ('LK-SỞ')) v (code)""");

        // when
        CliSession.Run list = run("imports");

        // then they are listed, with how each is written and the import to undo
        assertThat(list.status()).isZero();
        assertThat(list.out()).contains("Look-alike codes:").doesNotContain("\u200B")
                .containsPattern("agency +duplicate +LK-SNGV +#\\d+ +written as it looks")
                .containsPattern("agency +duplicate +LK-SNGV\\\\u200B +#\\d+ +holds a zero-width character \\(U\\+200B\\)")
                .containsPattern("agency +duplicate +LK-\\S+ +#\\d+ +written with decomposed accents \\(not Unicode NFC\\)")
                .containsPattern("agency +duplicate +LK-SỞ +#\\d+ +written as it looks");
    }

    @Test
    void aDryRunOfDataSentAgainSaysItIsAlreadyPresent() throws IOException {
        // given the Lạng Sơn sample, and its records.csv saved again with a blank line at the end
        CliSession.Run imported = run("import", "src/main/resources/samples/lang-son-2020");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("125 rows: 125 new, 0 already present");
        Path folder = Files.createDirectories(temp.resolve("again"));
        Files.writeString(folder.resolve("records.csv"),
                Files.readString(Path.of("src/main/resources/samples/lang-son-2020/records.csv")) + "\n");

        // when
        CliSession.Run dryRun = run("import", "--dry-run", folder.toString());

        // then
        assertThat(dryRun.status()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("records.csv", "125 rows: 0 new, 125 already present",
                "Dry run: 125 rows checked, no problems (0 new, 125 already present); nothing was written.");
        run("undo-import", imported.out().replaceAll("(?s).*Imported as import #(\\d+).*", "$1"));
    }

    @Test
    void aLargeImportSaysHowFastItWent() {
        Path data = temp.resolve("generated");
        assertThat(cli.runTool("generate-data", "--provinces", "1", "--agreements-per-province", "2", "--years", "2",
                "--records", "100000", "--out", data.toString()).status()).isZero();

        CliSession.Run imported = run("import", data.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        // digits grouped and decimals marked as the locale writes them
        assertThat(imported.out()).containsPattern("100.000 records in \\d+[.,]\\d s \\([\\d,.\\s]+ records/s\\)\\.");
    }

    @Test
    void problemsGoToStandardErrorWithStatus1() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("bad"));
        Files.writeString(folder.resolve("records.csv"), "agreement,indicator,date\nNONE,JOINT_PATROL,2021-01-01\n");

        CliSession.Run rejected = run("import", folder.toString());

        assertThat(rejected.status()).isEqualTo(1);
        assertThat(rejected.err()).contains("records.csv:2: agreement: unknown agreement 'NONE'",
                "Import rejected: 1 problem; nothing was written.");
    }

    @Test
    void aMissingPathIs1AndAUsageErrorIs2() {
        CliSession.Run missing = run("import", temp.resolve("nowhere").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("there is no such file or folder");
        assertThat(run("import").status()).isEqualTo(2);
        assertThat(run("undo-import", "seven").status()).isEqualTo(2);
        assertThat(run("import", "--help").status()).isZero();
    }
}
