package vn.coordreport.pipeline;

import java.sql.Types;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code report_request} table: one row per request, its status and progress. */
@Repository
class ReportRequestLedger {

    private static final String COLUMNS = """
            id, agreement_code, period, format, final_report, status, percent, step, version_id, error,
            requested_by, requested_at, finished_at
            """;

    // the partial unique index admits one in-flight row per report: a second insert does nothing
    private static final String INSERT = """
            insert into report_request (agreement_code, period, calendar, format, final_report, step, requested_by)
            values (:code, :period, :calendar, :format, :final, 'Đang chờ', :by)
            on conflict (agreement_code, period, coalesce(calendar, ''), format, final_report)
                where status in ('QUEUED', 'RUNNING') do nothing
            returning
            """ + COLUMNS;

    private static final String IN_FLIGHT = "select " + COLUMNS + """
            from report_request
            where agreement_code = :code and period = :period and coalesce(calendar, '') = coalesce(:calendar, '')
              and format = :format and final_report = :final and status in ('QUEUED', 'RUNNING')
            """;

    private static final String STALE = """
            update report_request set status = 'FAILED', finished_at = now(), error = :error
            where status in ('QUEUED', 'RUNNING') and requested_at < now() - cast(:age as interval)
            """;

    private final JdbcClient jdbc;

    ReportRequestLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new QUEUED row, or empty when an identical request is in flight. */
    Optional<ReportRequestStatus> insert(String code, String period, String calendar, String format, boolean finalReport,
            String requestedBy) {
        return jdbc.sql(INSERT).param("code", code).param("period", period).param("calendar", calendar, Types.VARCHAR)
                .param("format", format).param("final", finalReport).param("by", requestedBy)
                .query(ReportRequestStatus.class).optional();
    }

    Optional<ReportRequestStatus> inFlight(String code, String period, String calendar, String format,
            boolean finalReport) {
        return jdbc.sql(IN_FLIGHT).param("code", code).param("period", period).param("calendar", calendar, Types.VARCHAR)
                .param("format", format).param("final", finalReport).query(ReportRequestStatus.class).optional();
    }

    /** Marks FAILED, with {@code error}, the requests still in flight {@code age} after they were made. */
    void failStale(Duration age, String error) {
        jdbc.sql(STALE).param("age", age.toSeconds() + " seconds").param("error", error).update();
    }

    void progress(long id, int percent, String step) {
        jdbc.sql("update report_request set status = 'RUNNING', percent = :percent, step = :step where id = :id"
                + " and status in ('QUEUED', 'RUNNING')")
                .param("id", id).param("percent", percent).param("step", step).update();
    }

    void done(long id, long versionId) {
        jdbc.sql("""
                update report_request set status = 'DONE', percent = 100, step = 'Hoàn tất', version_id = :version,
                    finished_at = now()
                where id = :id
                """).param("id", id).param("version", versionId).update();
    }

    void failed(long id, String error) {
        jdbc.sql("""
                update report_request set status = 'FAILED', step = 'Thất bại', error = :error, finished_at = now()
                where id = :id and status in ('QUEUED', 'RUNNING')
                """).param("id", id).param("error", error).update();
    }

    Optional<ReportRequestStatus> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from report_request where id = :id").param("id", id)
                .query(ReportRequestStatus.class).optional();
    }

    List<ReportRequestStatus> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from report_request order by requested_at desc, id desc limit :limit")
                .param("limit", Math.max(0, limit)).query(ReportRequestStatus.class).list();
    }
}
