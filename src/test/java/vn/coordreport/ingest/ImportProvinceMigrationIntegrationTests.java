package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.coordreport.support.TestDatabase;

/**
 * V96 gives the imports made before it their province, so that a limited user
 * is shown their province's past imports and is told of a past file of their
 * province that it is already imported (never applied twice after an upgrade).
 */
class ImportProvinceMigrationIntegrationTests {

    @Test
    void pastImportsAndTheirFilesGetTheOneProvinceTheirRowsName() {
        TestDatabase.Connection db = TestDatabase.newDatabase();
        migrate(db, before(db, "96"));
        // as the owner: before V99 the application's role has no rights on the tables
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(db.url(), db.owner(), db.ownerPassword(), true);
        try {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            // given, before V96: a folder of two provinces' agencies and agreements and Tây Ninh's records,
            // an upload of a user limited to Tây Ninh since undone, and a workbook of Tây Ninh's facts
            jdbc.sql("""
                    insert into app_user (username, password_hash, role, province) values ('tn-user', 'x', 'OPERATOR', 'Tây Ninh');
                    insert into import_batch (id, source, imported_by, status, files, rows) values
                        (1, '/data/hai-tinh', 'root', 'APPLIED', 3, 5),
                        (2, 'upload:tn.zip', 'TN-User', 'UNDONE', 1, 1),
                        (3, 'upload:so-lieu.xlsx', 'lan', 'APPLIED', 1, 2);
                    insert into import_file (import_id, name, sha256, rows, added) values
                        (1, 'agencies.csv', 'a', 2, 2), (1, 'agreements.csv', 'b', 2, 2), (1, 'records.csv', 'c', 1, 1),
                        (2, 'records.csv', 'd', 1, 1), (3, 'so-lieu.xlsx', 'e', 2, 2);
                    insert into agency (code, name, province, import_id) values
                        ('SNGV-QT', 'Sở Ngoại vụ', 'Quảng Trị', 1), ('SNGV-TN', 'Sở Ngoại vụ', 'Tây Ninh', 1);
                    insert into agreement (code, title, province, signed_on, effective_from, lead_agency_id, import_id)
                    select g.code, 't', a.province, date '2021-01-01', date '2021-01-01', a.id, 1
                    from (values ('QT/1', 'SNGV-QT'), ('TN/1', 'SNGV-TN')) g (code, agency) join agency a on a.code = g.agency;
                    insert into agreement_party (agreement_id, agency_id, position)
                    select id, lead_agency_id, 1 from agreement;
                    insert into record (agreement_id, indicator_id, occurred_on, agency_id, import_id)
                    select g.id, i.id, date '2021-05-05', g.lead_agency_id, x.import_id
                    from agreement g, indicator i, (values (1), (3)) x (import_id)
                    where g.code = 'TN/1' and i.code = 'JOINT_PATROL';
                    insert into result (agreement_id, field_id, occurred_on, text, import_id)
                    select g.id, f.id, date '2021-05-05', 'Kết quả', 3 from agreement g, field f
                    where g.code = 'TN/1' and f.code = 'BORDER';
                    """).update();

            // when V96 runs
            migrate(db, "96");

            // then each file and import has the one province its rows name, else none
            assertThat(jdbc.sql("select import_id || ' ' || name || ': ' || coalesce(province, '-') from import_file order by 1")
                    .query(String.class).list()).containsExactly("1 agencies.csv: -", "1 agreements.csv: -",
                    "1 records.csv: Tây Ninh", "2 records.csv: -", "3 so-lieu.xlsx: Tây Ninh");
            // and a limited user's import is of their province even once its rows are gone
            assertThat(jdbc.sql("select id || ': ' || coalesce(province, '-') from import_batch order by id")
                    .query(String.class).list()).isEqualTo(List.of("1: -", "2: Tây Ninh", "3: Tây Ninh"));
        } finally {
            dataSource.destroy();
        }
    }

    /** The last migration before this version, whatever number it has. */
    private static String before(TestDatabase.Connection db, String version) {
        MigrationVersion mine = MigrationVersion.fromVersion(version);
        return Arrays.stream(flyway(db).info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(mine) < 0).max(Comparator.naturalOrder()).orElseThrow().getVersion();
    }

    private static Flyway flyway(TestDatabase.Connection db) {
        return db.flyway();
    }

    private static void migrate(TestDatabase.Connection db, String version) {
        Flyway.configure().configuration(db.flyway().getConfiguration()).target(version).load().migrate();
    }
}
