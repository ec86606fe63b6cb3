package vn.coordreport.pipeline;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The executions of both jobs, newest first, a page at a time: which ones and
 * how many is asked of Spring Batch's tables in SQL, each shown one as
 * {@link ReportJobs#execution} tells it.
 */
@Service
public class JobHistory {

    /** One page of executions, and how many there are in all. */
    public record Found(List<JobSummary> executions, long total) {
    }

    private static final String PAGE = """
            select e.job_execution_id, count(*) over () as total
            from batch_job_execution e
            join batch_job_instance i on i.job_instance_id = e.job_instance_id
            where i.job_name in (:jobs)
              and (search_key(:status) is null or lower(e.status) = search_key(:status))
            order by e.job_execution_id desc
            limit :limit offset :offset
            """;

    private final JdbcClient jdbc;
    private final ReportJobs jobs;

    JobHistory(JdbcClient jdbc, ReportJobs jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    /** @param statusOrNull COMPLETED, FAILED, STOPPED, STARTED ... or null for every one */
    public Found find(String statusOrNull, int limit, long offset) {
        long[] total = {0};
        List<Long> ids = ids(statusOrNull, limit, offset, total);
        if (ids.isEmpty() && offset > 0) {
            ids(statusOrNull, 1, 0, total);
        }
        return new Found(ids.stream().map(jobs::execution).flatMap(java.util.Optional::stream).toList(), total[0]);
    }

    private List<Long> ids(String status, int limit, long offset, long[] total) {
        return jdbc.sql(PAGE).param("jobs", List.of(ReportJobs.NIGHTLY, ReportJobs.PERIOD_CLOSE))
                .param("status", status, java.sql.Types.VARCHAR).param("limit", limit).param("offset", offset)
                .query((r, n) -> {
                    total[0] = r.getLong("total");
                    return r.getLong("job_execution_id");
                }).list();
    }
}
