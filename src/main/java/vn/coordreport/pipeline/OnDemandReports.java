package vn.coordreport.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.archive.ReportKind;
import vn.coordreport.files.WholeFiles;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.render.Format;

/**
 * A report on demand, through the archive: the data fingerprint is computed
 * first; where the archive's latest version (same agreement, period, calendar,
 * kind and format) was rendered from the same data and template, its stored
 * bytes are written as they are (no rendering). Otherwise the review is
 * rendered, archived and written; a new final waits to be issued (module issuing).
 * Each file appears whole or not at all ({@link WholeFiles}).
 */
@Service
public class OnDemandReports {

    static final String CREATED_BY = "report command";

    private final ReportMaker maker;
    private final ReportArchive archive;
    private final ApplicationEventPublisher events;
    private final org.springframework.transaction.support.TransactionTemplate transaction;
    private final ReportTerm term;

    OnDemandReports(ReportMaker maker, ReportArchive archive, ApplicationEventPublisher events,
            org.springframework.transaction.PlatformTransactionManager transactions, ReportTerm term) {
        this.term = term;
        this.maker = maker;
        this.archive = archive;
        this.events = events;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
    }

    /**
     * Produces the report and returns the files written, one per format.
     *
     * @throws ReportTerm.OutsideTerm for a period outside the agreement's term (nothing is made)
     */
    public List<Path> produce(ReportRequest request) {
        term.require(request.agreementCode(), request.period(), request.calendar());
        List<Path> written = new ArrayList<>();
        for (Format format : request.formats()) {
            ArchivedReport stored = archived(request.agreementCode(), request.period(), request.calendar(), format,
                    request.finalReport(), CREATED_BY, ReportMaker.Progress.NONE);
            written.add(WholeFiles.write(request.outDir(), stored.fileName(), archive.content(stored.id())));
        }
        return written;
    }

    /**
     * The archived version of one report in one format: the stored one when its
     * data and template are unchanged, else a newly rendered and archived one.
     *
     * @param calendarOrNull null for the agreement's own calendar
     * @param createdBy      who asked, recorded on a new version
     */
    public ArchivedReport archived(String agreementCode, Period period, PeriodCalendar calendarOrNull, Format format,
            boolean finalReport, String createdBy) {
        return archived(agreementCode, period, calendarOrNull, format, finalReport, createdBy,
                ReportMaker.Progress.NONE);
    }

    /** As {@link #archived(String, Period, PeriodCalendar, Format, boolean, String)}, telling its steps. */
    ArchivedReport archived(String code, Period period, PeriodCalendar calendarOrNull, Format format,
            boolean finalReport, String createdBy, ReportMaker.Progress progress) {
        ReportMaker.Made made = maker.make(code, period, calendarOrNull, finalReport ? ReportKind.FINAL : ReportKind.DRAFT,
                format, createdBy, null, progress);
        // a concurrent request may have archived the same data first: the archive answers with that version
        return made.unchanged() != null ? made.unchanged()
                : transaction.execute(status -> ArchiveWriter.store(archive, events, made));
    }
}
