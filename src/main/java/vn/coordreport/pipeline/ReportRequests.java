package vn.coordreport.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.VersionMakers;
import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.messages.Messages;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.render.Format;

/**
 * Reports asked for from the API and the web page: {@link #submit} checks the
 * request, records it (QUEUED) and returns at once; a bounded pool of
 * {@code coordreport.requests.threads} produces it through the archive
 * ({@link OnDemandReports}) and records its progress, then the archived version
 * (DONE) or the reason (FAILED). An identical request while one is QUEUED or
 * RUNNING joins it: same id, one rendering.
 */
@Service
public class ReportRequests {

    private static final Logger log = LoggerFactory.getLogger(ReportRequests.class);

    private final ReportRequestLedger ledger;
    private final OnDemandReports reports;
    private final AgreementCatalog catalog;
    private final RequestsProperties properties;
    private final ReportTerm term;
    private final ThreadPoolExecutor pool;

    ReportRequests(ReportRequestLedger ledger, OnDemandReports reports, AgreementCatalog catalog,
            RequestsProperties properties, ReportTerm term) {
        this.term = term;
        this.ledger = ledger;
        this.reports = reports;
        this.catalog = catalog;
        this.properties = properties;
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(properties.threads(), properties.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.queue()),
                r -> new Thread(r, "report-request-" + threads.incrementAndGet()));
    }

    /**
     * Queues a report, or joins the identical one in flight, and returns at once.
     *
     * @param calendarOrNull null for the agreement's own calendar
     * @param requestedBy    the user who asked
     * @throws IllegalArgumentException for an unknown agreement (nothing is queued)
     * @throws ReportTerm.OutsideTerm   for a period outside the agreement's term (nothing is queued)
     * @throws IllegalStateException    when the queue is full (nothing is queued)
     */
    public ReportRequestStatus submit(String agreementCode, Period period, PeriodCalendar calendarOrNull, Format format,
            boolean finalReport, String requestedBy) {
        if (period == null || format == null) {
            throw new IllegalArgumentException(Messages.text("request.needsPeriodAndFormat"));
        }
        String code = catalog.require(agreementCode).code();
        term.require(code, period, calendarOrNull);
        String calendar = calendarOrNull == null ? null : calendarOrNull.id();
        ledger.failStale(properties.staleAfter(), Messages.text("request.cutOff"));
        while (true) {
            Optional<ReportRequestStatus> created = ledger.insert(code, period.toString(), calendar, format.name(),
                    finalReport, requestedBy);
            if (created.isPresent()) {
                queue(created.get().id(), code, period, calendarOrNull, format, finalReport, requestedBy);
                return ledger.find(created.get().id()).orElseThrow();
            }
            // an identical request is in flight: join it (unless it finished just now, then try again)
            Optional<ReportRequestStatus> running = ledger.inFlight(code, period.toString(), calendar, format.name(),
                    finalReport);
            if (running.isPresent()) {
                return running.get();
            }
        }
    }

    public Optional<ReportRequestStatus> find(long id) {
        return ledger.find(id);
    }

    /** The latest requests, newest first. */
    public List<ReportRequestStatus> recent(int limit) {
        return ledger.recent(limit);
    }

    private void queue(long id, String code, Period period, PeriodCalendar calendar, Format format, boolean finalReport,
            String requestedBy) {
        try {
            pool.execute(new Queued(id, () -> run(id, code, period, calendar, format, finalReport, requestedBy)));
        } catch (RejectedExecutionException e) {
            String error = Messages.text("request.queueFull", String.valueOf(properties.queue()));
            ledger.failed(id, error);
            throw new IllegalStateException(error, e);
        }
    }

    private void run(long id, String code, Period period, PeriodCalendar calendar, Format format, boolean finalReport,
            String requestedBy) {
        try {
            ledger.progress(id, 5, "Đang bắt đầu");
            ArchivedReport version = reports.archived(code, period, calendar, format, finalReport,
                    VersionMakers.request(id, requestedBy),
                    (percent, step) -> ledger.progress(id, percent, step));
            ledger.done(id, version.id());
            log.info(Messages.text("log.request.done", String.valueOf(id), code, period, format,
                    String.valueOf(version.id())));
        } catch (RuntimeException e) {
            log.warn(Messages.text("log.request.failed", String.valueOf(id), code, period, format), e);
            ledger.failed(id, JobHistory.reason(e));
        }
    }

    /** Requests not yet started are marked FAILED; those running get a little time to finish. */
    @PreDestroy
    void stop() throws InterruptedException {
        List<Runnable> waiting = new java.util.ArrayList<>();
        pool.getQueue().drainTo(waiting);
        pool.shutdown();
        for (Runnable r : waiting) {
            ledger.failed(((Queued) r).id(), Messages.text("request.stopped"));
        }
        if (!pool.awaitTermination(20, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }

    private record Queued(long id, Runnable work) implements Runnable {

        @Override
        public void run() {
            work.run();
        }
    }
}
