package vn.coordreport.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.Importer;
import vn.coordreport.pipeline.JobSummary;
import vn.coordreport.pipeline.ReportJobs;

/**
 * The benchmark's nightly runs as of the close day: the first (every draft
 * rendered), one with nothing changed (none), and one after new records for
 * 1% of the agreements (exactly their drafts), each checked.
 */
@Component
class NightlyRuns {

    private final ReportJobs jobs;
    private final Importer importer;
    private final JdbcClient jdbc;
    private final Clock clock;

    NightlyRuns(ReportJobs jobs, Importer importer, JdbcClient jdbc, Clock clock) {
        this.jobs = jobs;
        this.importer = importer;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The three runs; the 1% change is written into {@code changeFolder} and imported. */
    void run(Path changeFolder, LocalDate day, List<String> agreements, PrintWriter log, Figures f) {
        JobSummary first = timed(() -> jobs.startNightly(day, at(clock, day, 1)), "nightly_first", f);
        f.check("nightly_first_rendered", first.written() == first.read() && first.read() >= agreements.size(),
                "the first nightly rendered every draft (" + first.read() + "), not " + first.written());
        JobSummary unchanged = timed(() -> jobs.startNightly(day, at(clock, day, 2)), "nightly_unchanged", f);
        f.check("nightly_unchanged_rendered", unchanged.written() == 0 && unchanged.read() == first.read(),
                "the nightly with nothing changed rendered nothing, not " + unchanged.written());

        List<String> changed = OnePercentChange.pick(agreements);
        ImportOutcome change = importer.importPath(OnePercentChange.write(changeFolder, changed, day),
                false);
        f.check("change_import", change.status() == ImportStatus.IMPORTED
                && change.rows() == (long) changed.size() * OnePercentChange.RECORDS_PER_AGREEMENT,
                "the 1% change was imported: " + change.status() + " " + change.problemLines());
        f.put("changed_agreements", changed.size());
        JobSummary after = timed(() -> jobs.startNightly(day, at(clock, day, 3)), "nightly_1pct", f);
        long perAgreement = first.read() / agreements.size();
        List<String> rendered = jdbc.sql("select distinct agreement_code from report_version where job_execution_id = :id")
                .param("id", after.id()).query(String.class).list();
        f.check("nightly_1pct_rendered", after.written() == changed.size() * perAgreement
                && new HashSet<>(rendered).equals(new HashSet<>(changed)), "the nightly after the change rendered the "
                + changed.size() * perAgreement + " drafts of " + changed + ", not " + after.written() + " of " + rendered);
        log.printf("nightly: first %.1f s (%d drafts), nothing changed %.2f s (%d rendered), after 1%% changed "
                + "(%d agreements) %.2f s (%d rendered)%n", f.number("nightly_first_seconds"), first.written(),
                f.number("nightly_unchanged_seconds"), unchanged.written(), changed.size(),
                f.number("nightly_1pct_seconds"), after.written());
    }

    private JobSummary timed(Supplier<JobSummary> job, String name, Figures f) {
        long t = System.nanoTime();
        JobSummary summary = job.get();
        f.put(name + "_seconds", Figures.seconds(System.nanoTime() - t));
        f.put(name + "_rendered", summary.written());
        f.check(name + "_status", !summary.failed(), name + " completed: " + summary.status() + " " + summary.failure());
        return summary;
    }

    /** A job's run time on the day: each minute a new job instance. */
    static Instant at(Clock clock, LocalDate day, int minute) {
        return day.atTime(8, minute).atZone(clock.getZone()).toInstant();
    }
}
