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
        return write(request).stream().map(Written::path).toList();
    }

    /**
     * A file written: its path, the archived version it holds, and whether that version was there before the request
     * (its data and template unchanged since), which a clerk who asked for a new one should be told.
     */
    public record Written(Path path, ArchivedReport version, boolean earlier) {
    }

    /** As {@link #produce}, saying of each file which version it holds. */
    public List<Written> write(ReportRequest request) {
        term.require(request.agreementCode(), request.period(), request.calendar());
        List<Written> written = new ArrayList<>();
        for (Format format : request.formats()) {
            ReportMaker.Made made = maker.make(request.agreementCode(), request.period(), request.calendar(),
                    request.finalReport() ? ReportKind.FINAL : ReportKind.DRAFT, format, CREATED_BY, null,
                    ReportMaker.Progress.NONE);
            ArchivedReport stored = stored(made);
            written.add(new Written(WholeFiles.write(request.outDir(), stored.fileName(), archive.content(stored.id())),
                    stored, made.unchanged() != null));
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
        return stored(maker.make(code, period, calendarOrNull, finalReport ? ReportKind.FINAL : ReportKind.DRAFT,
                format, createdBy, null, progress));
    }

    /** The version stored before, or the one just made, archived now. */
    private ArchivedReport stored(ReportMaker.Made made) {
        // a concurrent request may have archived the same data first: the archive answers with that version
        return made.unchanged() != null ? made.unchanged()
                : transaction.execute(status -> ArchiveWriter.store(archive, events, made));
    }
}
