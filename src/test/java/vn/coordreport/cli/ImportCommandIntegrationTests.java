package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.coordreport.CoordreportApplication;
import vn.coordreport.support.TestDatabase;

/** The import commands as an operator runs them, with their exit statuses. */
class ImportCommandIntegrationTests {

    private static final String[] PROPERTIES = {"spring.datasource.url", "spring.datasource.username",
            "spring.datasource.password"};
    private static final Map<String, String> saved = new HashMap<>();

    @TempDir
    Path temp;

    record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void pointAtAFreshDatabase() {
        TestDatabase.Connection db = TestDatabase.newDatabase();
        String[] values = {db.url(), db.username(), db.password()};
        for (int i = 0; i < PROPERTIES.length; i++) {
            saved.put(PROPERTIES[i], System.getProperty(PROPERTIES[i]));
            System.setProperty(PROPERTIES[i], values[i]);
        }
    }

    @AfterAll
    static void restore() {
        saved.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(CoordreportApplication.class, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void importListAndUndo() {
        Run imported = run("import", "src/main/resources/samples/tay-ninh-2019");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("records.csv", "103 rows").containsPattern("Imported as import #\\d+");
        String id = imported.out().replaceAll("(?s).*Imported as import #(\\d+).*", "$1");

        Run again = run("import", "src/main/resources/samples/tay-ninh-2019");
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("already imported (import #" + id + ")");

        Run list = run("imports");
        assertThat(list.status()).isZero();
        assertThat(list.out()).contains("status", "APPLIED", "tay-ninh-2019");

        Run undo = run("undo-import", id);
        assertThat(undo.status()).as(undo.err()).isZero();
        assertThat(undo.out()).startsWith("Import #" + id + " undone:");
        assertThat(run("imports").out()).contains("UNDONE");
        assertThat(run("undo-import", id).status()).isEqualTo(1);
    }

    @Test
    void problemsGoToStandardErrorWithStatus1() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("bad"));
        Files.writeString(folder.resolve("records.csv"), "agreement,indicator,date\nNONE,JOINT_PATROL,2021-01-01\n");

        Run rejected = run("import", folder.toString());

        assertThat(rejected.status()).isEqualTo(1);
        assertThat(rejected.err()).contains("records.csv:2: agreement: unknown agreement 'NONE'",
                "Import rejected: 1 problem; nothing was written.");
    }

    @Test
    void aMissingPathIs1AndAUsageErrorIs2() {
        Run missing = run("import", temp.resolve("nowhere").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("there is no such file or folder");
        assertThat(run("import").status()).isEqualTo(2);
        assertThat(run("undo-import", "seven").status()).isEqualTo(2);
        assertThat(run("import", "--help").status()).isZero();
    }
}
