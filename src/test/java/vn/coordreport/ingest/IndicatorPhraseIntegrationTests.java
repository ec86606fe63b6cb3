package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.support.IntegrationTest;

/**
 * Every built-in indicator comes with a phrase (sql/V105); an import may give one of its own in
 * indicators.csv (import format 1.1), and undoing that import gives the earlier phrase back.
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=IndicatorPhraseIntegrationTests") // a database of its own
class IndicatorPhraseIntegrationTests {

    private static final String PATROL = "code,name,field,unit,phrase\n"
            + "JOINT_PATROL,Tuần tra song phương,BORDER,lượt,\"%s\"\n";

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @Test
    void anImportGivesABuiltInIndicatorItsOwnPhraseUntilItIsUndone() {
        // given the built-in phrase
        String builtIn = phrase();
        assertThat(builtIn).isEqualTo("Phối hợp tổ chức {quantity} {unit} tuần tra song phương"
                + "[ với {counterparts} đơn vị bảo vệ biên giới nước bạn]");

        // when two imports give their own, one after the other
        ImportOutcome first = importer.importPath(new ImportFolder(temp.resolve("first")).write("indicators.csv",
                PATROL.formatted("Tuần tra chung {quantity} {unit} với lực lượng nước bạn")).path, false);
        ImportOutcome second = importer.importPath(new ImportFolder(temp.resolve("second")).write("indicators.csv",
                PATROL.formatted("Phối hợp tuần tra song phương {quantity} {unit}")).path, false);

        // then the latest holds, and undoing each gives the one before it back
        assertThat(first.problemLines()).isEmpty();
        assertThat(second.problemLines()).isEmpty();
        assertThat(phrase()).isEqualTo("Phối hợp tuần tra song phương {quantity} {unit}");
        importer.undo(second.importId());
        assertThat(phrase()).isEqualTo("Tuần tra chung {quantity} {unit} với lực lượng nước bạn");
        importer.undo(first.importId());
        assertThat(phrase()).isEqualTo(builtIn);
    }

    @Test
    void theSamePhraseAgainStoresNothing() {
        ImportOutcome same = importer.importPath(new ImportFolder(temp.resolve("same")).write("indicators.csv",
                PATROL.formatted(phrase())).path, false);

        assertThat(same.problemLines()).isEmpty();
        assertThat(jdbc.sql("select count(*) from indicator_phrase where import_id = :id").param("id", same.importId())
                .query(Long.class).single()).isZero();
    }

    /** The phrase a review reads: the latest import's own, else the catalogue's. */
    private String phrase() {
        return jdbc.sql("""
                select coalesce((select p.phrase from indicator_phrase p where p.indicator_id = i.id
                                 order by p.import_id desc limit 1), i.phrase)
                from indicator i where i.code = 'JOINT_PATROL'""").query(String.class).single();
    }
}
