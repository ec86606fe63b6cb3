package vn.coordreport.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.coordreport.support.IntegrationTest;

/**
 * The application connects as a role that reads and writes rows and nothing
 * more: whatever it is made to run, it cannot switch off or drop the archive's
 * guard, empty a table, drop one or make its own, and the one piece of DDL it
 * needs (a large import's rebuild of record) is done for it by the owner's
 * functions, on record alone.
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=DatabaseRolesIntegrationTests") // archives rows for good
class DatabaseRolesIntegrationTests {

    static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Value("${spring.datasource.username}")
    String applicationRole;

    @Value("${spring.flyway.user}")
    String owner;

    @Test
    void theApplicationConnectsAsItsOwnRoleWhichOwnsNothing() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(applicationRole)
                .isNotEqualTo(owner);
        assertThat(jdbc.sql("""
                select count(*) from pg_class c
                where c.relnamespace = 'public'::regnamespace and pg_has_role(c.relowner, 'MEMBER')
                """).query(Long.class).single()).isZero();
    }

    @Test
    void itCannotSwitchOffDropOrEmptyTheArchivesGuard() {
        archiveOneVersion();

        refused("alter table report_version disable trigger report_version_no_update_or_delete",
                "must be owner of table report_version");
        refused("alter table report_version disable trigger all", "must be owner of table report_version");
        refused("drop trigger report_version_no_update_or_delete on report_version",
                "must be owner of relation report_version");
        refused("set session_replication_role = replica", "permission denied to set parameter");
        refused("truncate report_version", "permission denied for table report_version");
        refused("drop table report_version", "must be owner of table report_version");
        refused("create or replace function report_version_is_immutable() returns trigger language plpgsql "
                + "as $$ begin return new; end $$", "permission denied for schema public");
        refused("set role " + owner, "permission denied to set role");

        // the rows stay as issued: the trigger, still there, refuses
        assertThatThrownBy(() -> jdbc.sql("update report_version set content = 'x', size_bytes = 1").update())
                .hasMessageContaining("report_version is append-only: UPDATE is not allowed");
        assertThatThrownBy(() -> jdbc.sql("delete from report_version").update())
                .hasMessageContaining("report_version is append-only: DELETE is not allowed");
        assertThat(jdbc.sql("select convert_from(content, 'UTF8') from report_version").query(String.class).list())
                .containsExactly("%PDF-1.7 as issued");
    }

    @Test
    void theRegisterTheIssuingStepsAndTheAuditLogAreWrittenOnceAndNumbersOnlyGrow() {
        jdbc.sql("""
                insert into outgoing_register (agency_code, year, number, number_symbol, issued_on, title, recipients,
                                               archive_copy, copies)
                values ('SNGV-QT', 2026, 1, '01/BC-SNgV', date '2026-12-02', 'Báo cáo sơ kết', 'UBND tỉnh', 'Lưu: VT', 1)
                """).update();
        jdbc.sql("insert into audit_log (username, action, target) values ('vanthu', 'ISSUE', 'final/1')").update();
        jdbc.sql("insert into document_number (agency_code, year, last_number) values ('SNGV-QT', 2026, 1)").update();
        long version = jdbc.sql("""
                insert into report_version (agreement_code, period, calendar, kind, format, version, content, sha256,
                                            size_bytes, pages, fingerprint, created_by)
                values ('08/QCPH', '2026', 'decree-09', 'FINAL', 'PDF', 1, convert_to('%PDF-1.7 made', 'UTF8'),
                        repeat('b', 64), 13, 1, 'f', 'test') returning id
                """).query(Long.class).single();
        jdbc.sql("""
                insert into final_document (version_id, agreement_code, period, agency_code, empty_for_period)
                values (:version, '08/QCPH', '2026', 'SNGV-QT', false)
                """).param("version", version).update();
        jdbc.sql("insert into issuing_step (version_id, step, username) values (:version, 'MADE', 'lan')")
                .param("version", version).update();

        for (String table : List.of("outgoing_register", "audit_log", "issuing_step")) {
            appendOnly("update " + table + " set id = id", table + " is append-only: UPDATE is not allowed");
            appendOnly("delete from " + table, table + " is append-only: DELETE is not allowed");
            refused("alter table " + table + " disable trigger all", "must be owner of table " + table);
        }
        appendOnly("update document_number set last_number = 0",
                "document_number only grows, one at a time: UPDATE of SNGV-QT for 2026");
        appendOnly("update document_number set last_number = last_number + 50",
                "document_number only grows, one at a time: UPDATE of SNGV-QT for 2026");
        appendOnly("delete from document_number", "document_number only grows, one at a time: DELETE of SNGV-QT for 2026");
        assertThat(jdbc.sql("update document_number set last_number = last_number + 1 returning last_number")
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from outgoing_register").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'ISSUE'").query(Long.class).single()).isEqualTo(1);
    }

    /** Refused by a guard trigger, whatever the role's rights: restrict_violation. */
    private void appendOnly(String statement, String message) {
        assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement).satisfies(e -> {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            assertThat(cause).isInstanceOf(SQLException.class).hasMessageContaining(message);
            assertThat(((SQLException) cause).getSQLState()).isEqualTo("23001");
        });
    }

    @Test
    void itCannotEmptyDropOrCreateTablesNorRewriteTheMigrations() {
        refused("truncate record", "permission denied for table record");
        refused("truncate qrtz_locks", "permission denied for table qrtz_locks");
        refused("drop table record", "must be owner of table record");
        refused("alter table record disable trigger record_references_on_insert", "must be owner of table record");
        refused("create table mine (id int)", "permission denied for schema public");
        refused("delete from flyway_schema_history", "permission denied for table flyway_schema_history");
        // what the load functions create again, it cannot write
        refused("insert into record_load_saved values ('trigger', 'x', 'drop table report_version')",
                "permission denied for table record_load_saved");
    }

    @Test
    void theLoadFunctionsCannotLeaveRecordWithoutItsIndexesAndTriggers() {
        List<String> before = recordIndexesAndTriggers();

        assertThatThrownBy(() -> transactions.executeWithoutResult(
                tx -> jdbc.sql("select record_load_prepare()").query(Boolean.class).single()))
                .hasRootCauseMessage("ERROR: a load dropped the indexes and triggers of record and did not create "
                        + "them again\n  Where: PL/pgSQL function record_load_check_restored() line 4 at RAISE");

        // two triggers, six indexes, and record_ref's (a constraint's index, which a load keeps)
        assertThat(recordIndexesAndTriggers()).isEqualTo(before).hasSize(2 + 6 + 1);
    }

    private void archiveOneVersion() {
        jdbc.sql("""
                insert into report_version (agreement_code, period, calendar, kind, format, version, content, sha256,
                                            size_bytes, pages, fingerprint, created_by)
                values ('07/QCPH', '2021', 'decree-09', 'FINAL', 'PDF', 1, convert_to('%PDF-1.7 as issued', 'UTF8'),
                        repeat('a', 64), 18, 1, 'f', 'test')
                """).update();
    }

    private void refused(String statement, String message) {
        assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement).satisfies(e -> {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            assertThat(cause).isInstanceOf(SQLException.class).hasMessageContaining(message);
            assertThat(((SQLException) cause).getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
        });
    }

    private List<String> recordIndexesAndTriggers() {
        return jdbc.sql("""
                select indexdef from pg_indexes where tablename = 'record'
                union all
                select pg_get_triggerdef(oid) from pg_trigger where tgrelid = 'record'::regclass and not tgisinternal
                order by 1""").query(String.class).list();
    }
}
