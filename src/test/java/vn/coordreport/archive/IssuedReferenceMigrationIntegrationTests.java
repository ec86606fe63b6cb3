package vn.coordreport.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.coordreport.support.TestDatabase;

/**
 * V119 gives the documents issued before it their number as written and their date, so that the mail and the
 * Word file of an earlier issue name it as the register does; the archive stays append-only afterwards.
 */
class IssuedReferenceMigrationIntegrationTests {

    @Test
    void issuedVersionsAndTheirWordFilesGetTheSymbolAndDateOfTheirFinal() {
        TestDatabase.Connection db = TestDatabase.newDatabase();
        migrate(db, "118");
        // as the owner: the test writes rows the application may only append
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(db.url(), db.owner(), db.ownerPassword(), true);
        try {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            // given, before V119: a close's final (#1), its issued form (#2), the Word file of the issued text (#3)
            // and a draft (#4)
            jdbc.sql("""
                    insert into report_version (id, agreement_code, period, calendar, kind, format, version,
                        document_number, content, sha256, size_bytes, pages, fingerprint, created_by)
                    values (1, 'QT/1', '2021', 'decree-09', 'FINAL', 'PDF', 1, null, 'a', repeat('0', 64), 1, 1, 'f', 'periodCloseJob'),
                           (2, 'QT/1', '2021', 'decree-09', 'FINAL', 'PDF', 2, 5, 'b', repeat('1', 64), 1, 1, 'f', 'issued by vanthu'),
                           (3, 'QT/1', '2021', 'decree-09', 'FINAL', 'DOCX', 1, 5, 'c', repeat('2', 64), 1, 1, 'f', 'report command'),
                           (4, 'QT/1', '2021', 'decree-09', 'DRAFT', 'PDF', 1, null, 'd', repeat('3', 64), 1, 1, 'f', 'nightlyReportsJob');
                    insert into final_document (version_id, agreement_code, period, agency_code, state, empty_for_period,
                        number_symbol, issued_version_id, document_number, issued_on)
                    values (1, 'QT/1', '2021', 'SNGV-QT', 'ISSUED', false, '/BC-SNgV', 2, 5, date '2026-12-05');
                    """).update();

            // when V119 runs
            migrate(db, "119");

            // then the issued PDF and its Word file are known as "05/BC-SNgV" of 05/12/2026, the others not at all
            assertThat(jdbc.sql("""
                    select id || ': ' || coalesce(number_symbol, '-') || ' ' || coalesce(to_char(issued_on, 'DD/MM/YYYY'), '-')
                    from report_version order by id
                    """).query(String.class).list())
                    .containsExactly("1: - -", "2: /BC-SNgV 05/12/2026", "3: /BC-SNgV 05/12/2026", "4: - -");
            // and the rows are immutable again
            assertThatThrownBy(() -> jdbc.sql("update report_version set number_symbol = 'x' where id = 4").update())
                    .hasMessageContaining("report_version is append-only");
        } finally {
            dataSource.destroy();
        }
    }

    private static void migrate(TestDatabase.Connection db, String version) {
        Flyway.configure().configuration(db.flyway().getConfiguration()).target(version).load().migrate();
    }
}
