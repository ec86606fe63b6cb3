package vn.coordreport.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.catalog.AgreementSummary;
import vn.coordreport.delivery.ReportDelivery;
import vn.coordreport.generate.DataGenerator;
import vn.coordreport.generate.GeneratedFile;
import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.ImportedFile;
import vn.coordreport.ingest.Importer;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.pipeline.JobSummary;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.review.Review;
import vn.coordreport.review.ReviewQuery;

/**
 * The benchmark of issue 6, in one run on an empty database: generate and
 * import, one cold on-demand report, closes of the years before (the JIT's
 * warm-up, each with its finals signed and issued), the full close of the data's last year, its finals
 * signed and issued in one batch each, the close's floors, the nightly
 * job three times (first, unchanged, after a 1% change), warm on-demand reports and an archive hit. Jobs run as of the first
 * day the closed period may be closed, so its grace days have passed. Every
 * step is checked (counts of records, reports rendered, archive rows), and a
 * check that fails is reported beside the figures.
 */
@Service
public class Benchmark {

    static final String CREATED_BY = "bench";
    private static final long MB = 1024 * 1024;
    private static final String STEP_LOG = "org.springframework.batch.core.step.AbstractStep";

    private final JdbcClient jdbc;
    private final Importer importer;
    private final ReportJobs jobs;
    private final ReviewQuery reviews;
    private final AgreementCatalog catalog;
    private final ReportDelivery delivery;
    private final Floors floors;
    private final NightlyRuns nightlies;
    private final OnDemandRuns onDemandRuns;
    private final IssuingRuns issuingRuns;
    private final DashboardRuns dashboardRuns;
    private final Clock clock;
    private final int threads;
    private final LoggingSystem logging = LoggingSystem.get(Benchmark.class.getClassLoader());
    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();

    Benchmark(JdbcClient jdbc, Importer importer, ReportJobs jobs, ReviewQuery reviews, AgreementCatalog catalog,
            ReportDelivery delivery, Floors floors, NightlyRuns nightlies, OnDemandRuns onDemandRuns,
            IssuingRuns issuingRuns, DashboardRuns dashboardRuns, Clock clock,
            @Value("${coordreport.jobs.threads}") int threads) {
        this.issuingRuns = issuingRuns;
        this.dashboardRuns = dashboardRuns;
        this.jdbc = jdbc;
        this.importer = importer;
        this.jobs = jobs;
        this.reviews = reviews;
        this.catalog = catalog;
        this.delivery = delivery;
        this.floors = floors;
        this.nightlies = nightlies;
        this.onDemandRuns = onDemandRuns;
        this.clock = clock;
        this.threads = threads;
    }

    /**
     * Runs the benchmark, telling each step on {@code log}, and writes the results.
     *
     * @throws IllegalArgumentException when the database is not empty or an SMTP server is configured
     */
    public Figures run(BenchOptions options, PrintWriter log) {
        requireEmptyDatabaseAndNoMail();
        Figures f = new Figures();
        f.put("threads", threads);
        f.put("max_heap_mb", Runtime.getRuntime().maxMemory() / MB);
        Long generated = generate(options, log, f);
        importData(options, generated, log, f);

        List<String> agreements = catalog.list(null).stream().map(AgreementSummary::code).sorted().toList();
        f.put("agreements", agreements.size());
        f.put("records_per_agreement", f.number("records") / agreements.size());
        YearsOfData years = yearsOfData();
        int endYear = years.last();
        Period closed = Period.year(endYear);
        LocalDate day = jobs.closableOn(closed, null);
        f.put("period_closed", closed.toString());
        f.put("jobs_as_of", day.toString());

        if (options.dashboardOnly()) {
            dashboardRuns.run(closed, day, log, f);
            ResultFiles.write(options.out(), f);
            return f;
        }
        onDemandRuns.cold(agreements.get(0), Period.half(endYear, 1), log, f);

        warmUp(years, options.warmUps(), log, f);
        close(closed, day, agreements, log, f);
        issue(closed, agreements, log, f);
        floors(closed, day, agreements, log, f);
        nightlies.run(options.out().resolve("change"), day, agreements, log, f);
        onDemandRuns.warm(Period.half(endYear, 2), agreements, log, f);
        dashboardRuns.run(closed, day, log, f);

        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        f.put("peak_heap_mb", (double) peak / MB);
        ResultFiles.write(options.out(), f);
        return f;
    }

    /** The Markdown table of {@code result.md}: the targets beside the figures, then the other figures. */
    public String table(Figures figures) {
        return ResultFiles.markdown(figures);
    }

    private void requireEmptyDatabaseAndNoMail() {
        long rows = jdbc.sql("select (select count(*) from import_batch) + (select count(*) from agreement)"
                + " + (select count(*) from report_version)").query(Long.class).single();
        if (rows > 0) {
            throw new IllegalArgumentException("bench needs an empty database, and this one holds imports, agreements "
                    + "or reports: point COORDREPORT_HOME at a new folder (a new embedded database) or "
                    + "SPRING_DATASOURCE_URL at an empty database");
        }
        if (delivery.mailConfigured()) {
            throw new IllegalArgumentException("bench sends no mail: unset spring.mail.host (SPRING_MAIL_HOST), "
                    + "the generated recipients are not real");
        }
    }

    private Long generate(BenchOptions options, PrintWriter log, Figures f) {
        if (Files.exists(options.data().resolve("records.csv"))) {
            log.printf("reusing the data in %s%n", options.data());
            return null;
        }
        Meter meter = new Meter();
        try {
            List<GeneratedFile> files = DataGenerator.write(options.generate(), options.data());
            f.put("generate_seconds", meter.seconds());
            long records = files.stream().filter(g -> g.path().getFileName().toString().equals("records.csv"))
                    .mapToLong(GeneratedFile::rows).sum();
            log.printf("generated %,d records into %s in %.1f s%n", records, options.data(), f.number("generate_seconds"));
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the data into " + options.data() + ": " + e.getMessage(), e);
        }
    }

    private void importData(BenchOptions options, Long generated, PrintWriter log, Figures f) {
        Meter meter = new Meter();
        ImportOutcome outcome = importer.importPath(options.data(), false);
        double seconds = meter.seconds();
        f.put("import_steal_pct", meter.stealPercent());
        f.put("import_jit_seconds", meter.jitSeconds());
        if (outcome.status() != ImportStatus.IMPORTED) {
            throw new IllegalArgumentException("the data in " + options.data() + " was not imported (" + outcome.status()
                    + "):\n" + String.join("\n", outcome.problemLines()));
        }
        long records = outcome.files().stream().filter(i -> i.name().equals("records.csv"))
                .mapToLong(ImportedFile::rows).sum();
        f.put("records", records);
        f.put("import_rows", outcome.rows());
        f.put("import_seconds", seconds);
        f.put("import_records_per_s", records / seconds);
        if (generated != null) {
            f.check("records", records == generated, "the records imported equal those generated (" + generated + ")");
        }
        log.printf("import: %,d records (%,d rows in all) in %.1f s: %,.0f records/s; JIT compiling %.1f s, "
                + "CPU steal %.0f%%%n", records, outcome.rows(), seconds, f.number("import_records_per_s"),
                f.number("import_jit_seconds"), f.number("import_steal_pct"));
    }

    /** The years of the first and the last record. */
    private record YearsOfData(int first, int last) {
    }

    /** From each agreement's ends of {@code record_agreement_date}: no scan of the whole table. */
    private YearsOfData yearsOfData() {
        List<YearsOfData> years = jdbc.sql("""
                select extract(year from min(first))::int as first, extract(year from max(last))::int as last
                from (select (select min(r.occurred_on) from record r where r.agreement_id = a.id) as first,
                             (select max(r.occurred_on) from record r where r.agreement_id = a.id) as last
                      from agreement a) ends
                having max(last) is not null
                """).query((rs, n) -> new YearsOfData(rs.getInt("first"), rs.getInt("last"))).list();
        if (years.isEmpty()) {
            throw new IllegalArgumentException("the data holds no records: nothing to benchmark");
        }
        return years.get(0);
    }

    /**
     * Closes the years before the last, newest first, as warm-up: timed, but in no target. The first close in a
     * new process pays the JIT's warm-up ({@code close_first_seconds}, as {@code close-period} in a new process
     * does): on 2 cores the one C2 compiler thread takes most of a core for minutes after start-up, and a report
     * rendered then costs up to three times what it does once the compiler has settled. The close of the last
     * year, the measured one, then runs in a warm process, as a serving node's scheduled close does, and as its
     * floors, measured after it, do. The time the JIT compiler spent during each close is reported
     * ({@code close_first_jit_seconds}, {@code close_jit_seconds}: elapsed compile time summed over the
     * compiler threads, as the JVM counts it) to show how warm the process was.
     */
    private void warmUp(YearsOfData years, int closes, PrintWriter log, Figures f) {
        int endYear = years.last();
        int oldest = Math.max(years.first(), endYear - closes);
        double total = 0;
        for (int year = endYear - 1; year >= oldest; year--) {
            int n = endYear - year;
            Period warm = Period.year(year);
            TimedClose close = timedClose(warm, jobs.closableOn(warm, null));
            f.check("warm_up_" + n, !close.summary().failed(), "the warm-up close of " + warm + " completed: "
                    + close.summary().status() + " " + close.summary().failure());
            if (n == 1) {
                f.put("close_first_seconds", close.seconds());
                f.put("close_first_jit_seconds", close.jitSeconds());
            }
            log.printf("warm-up close %d (%s%s): %d finals in %.1f s, JIT compiling %.1f s, CPU steal %.0f%%%n", n,
                    warm, n == 1 ? ", the first in this process" : "", close.summary().written(), close.seconds(),
                    close.jitSeconds(), close.stealPercent());
            total += close.seconds();
            // its finals are taken out too, as an office does after each close: it warms signing and issuing
            IssuingRuns.Timed issued = issuingRuns.run(warm);
            if (n == 1) {
                f.put("sign_issue_first_seconds", issued.signIssueSeconds());
            }
            IssuingRuns.log(log, "  its finals", issued);
        }
        f.put("warm_up_closes", endYear - oldest);
        f.put("warm_up_seconds", total);
    }

    private void close(Period closed, LocalDate day, List<String> agreements, PrintWriter log, Figures f) {
        long queuedBefore = queuedDeliveries();
        TimedClose timed = timedClose(closed, day);
        JobSummary close = timed.summary();
        f.put("close_seconds", timed.seconds());
        f.put("close_jit_seconds", timed.jitSeconds());
        f.put("close_steal_pct", timed.stealPercent());
        f.put("close_reports", close.written());
        f.check("close_status", !close.failed(), "the close completed: " + close.status() + " " + close.failure());
        f.check("close_reports", close.written() == agreements.size(), "one final per agreement (" + agreements.size()
                + ") was rendered, not " + close.written());
        f.check("close_mails", queuedDeliveries() == queuedBefore, "the close queued no mail: its finals wait for review");
        log.printf("period close %s: %d finals in %.1f s (waiting for review), JIT compiling %.1f s, CPU steal %.0f%%%n",
                closed, close.written(), timed.seconds(), timed.jitSeconds(), timed.stealPercent());
    }

    /**
     * The close's finals approved, then signed in one batch and issued in one batch, as a signer and a văn thư
     * take a whole close out: {@code sign_issue_seconds} (signing and issuing) is set against the close itself.
     */
    private void issue(Period closed, List<String> agreements, PrintWriter log, Figures f) {
        long queuedBefore = queuedDeliveries();
        Meter meter = new Meter();
        IssuingRuns.Timed run = issuingRuns.run(closed);
        f.put("approve_seconds", run.approveSeconds());
        f.put("sign_seconds", run.signSeconds());
        f.put("issue_seconds", run.issueSeconds());
        f.put("sign_issue_seconds", run.signIssueSeconds());
        f.put("sign_issue_steal_pct", meter.stealPercent());
        f.put("issued", run.issued());
        f.put("issue_deliveries_queued", queuedDeliveries() - queuedBefore);
        f.check("issued", run.signed() == agreements.size() && run.issued() == agreements.size(), "every final ("
                + agreements.size() + ") was signed and issued, not " + run.signed() + " and " + run.issued());
        f.check("issue_numbers", issuingRuns.numbersWithoutHoles(), "each issuing body's numbers run from 1 with no "
                + "hole and none twice");
        IssuingRuns.log(log, "issuing " + closed, run);
    }

    /** A close's outcome and its {@link Meter}'s figures. */
    private record TimedClose(JobSummary summary, double seconds, double jitSeconds, double stealPercent) {
    }

    private TimedClose timedClose(Period closed, LocalDate day) {
        // a failing step's stack trace in the log would only bury the figures (the summary says why)
        logging.setLogLevel(STEP_LOG, LogLevel.OFF);
        try {
            Meter meter = new Meter();
            JobSummary close = jobs.closePeriod(closed, null, false, NightlyRuns.at(clock, day, 0));
            return new TimedClose(close, meter.seconds(), meter.jitSeconds(), meter.stealPercent());
        } finally {
            logging.setLogLevel(STEP_LOG, null);
        }
    }

    /**
     * A step being measured, from its creation: wall time, the JIT's compile time (elapsed, summed over the
     * compiler threads, as the JVM counts it) and the share of the machine's CPU the hypervisor took ({@link
     * CpuSteal}).
     */
    private final class Meter {

        private final CpuSteal.Reading cpu = CpuSteal.read();
        private final long compiling = jit.getTotalCompilationTime();
        private final long start = System.nanoTime();

        double seconds() {
            return Figures.seconds(System.nanoTime() - start);
        }

        double jitSeconds() {
            return (jit.getTotalCompilationTime() - compiling) / 1000.0;
        }

        double stealPercent() {
            return CpuSteal.percentSince(cpu);
        }
    }


    private long queuedDeliveries() {
        return jdbc.sql("select count(*) from delivery").query(Long.class).single();
    }

    private void floors(Period closed, LocalDate day, List<String> agreements, PrintWriter log, Figures f) {
        Map<PeriodCalendar, List<String>> byCalendar = agreements.stream()
                .collect(Collectors.groupingBy(code -> reviews.calendar(code, null)));
        Meter floorsMeter = new Meter();
        FigureTotals set = FigureTotals.NONE;
        for (Map.Entry<PeriodCalendar, List<String>> codes : byCalendar.entrySet()) {
            set = set.plus(floors.aggregates(codes.getValue(), closed.range(codes.getKey()),
                    closed.previousComparable().range(codes.getKey())));
        }
        f.put("floor_sql_seconds", floorsMeter.seconds());
        Meter reviewsMeter = new Meter();
        List<Review> computed = new ArrayList<>();
        for (String code : agreements) {
            computed.add(reviews.review(code, closed, null));
        }
        f.put("review_queries_seconds", reviewsMeter.seconds());
        FigureTotals shown = FigureTotals.of(computed);
        f.check("floor_sql_seconds", set.equals(shown), "the set-based floor computes the figures the reviews show ("
                + set + " against " + shown + ")");
        Meter renderMeter = new Meter();
        floors.render(computed, day, threads);
        f.put("floor_render_seconds", renderMeter.seconds());
        f.put("floor_steal_pct", floorsMeter.stealPercent());
        f.put("floor_seconds", f.number("floor_sql_seconds") + f.number("floor_render_seconds"));
        f.put("ratio", f.number("close_seconds") / f.number("floor_seconds"));
        log.printf("floor: one statement %.2f s + plain Jasper %.1f s = %.1f s; close / floor = %.2f "
                + "(the reviews' own queries, one by one: %.1f s); CPU steal %.0f%%%n", f.number("floor_sql_seconds"),
                f.number("floor_render_seconds"), f.number("floor_seconds"), f.number("ratio"),
                f.number("review_queries_seconds"), f.number("floor_steal_pct"));
    }

}
