package vn.coordreport.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.context.ApplicationEventPublisher;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportArchive;

/**
 * Stores rendered reports. The archive is idempotent by fingerprint, so a
 * chunk written again after a restart stores nothing twice; a version is one
 * row, written whole in the chunk's transaction or not at all; a new final is
 * announced ({@link FinalArchived}) in that transaction, so that it waits for
 * review exactly when it is stored.
 */
class ArchiveWriter implements ItemWriter<ReportMaker.Made> {

    private static final Logger log = LoggerFactory.getLogger(ArchiveWriter.class);

    private final ReportArchive archive;
    private final ApplicationEventPublisher events;

    ArchiveWriter(ReportArchive archive, ApplicationEventPublisher events) {
        this.archive = archive;
        this.events = events;
    }

    @Override
    public void write(Chunk<? extends ReportMaker.Made> reports) {
        for (ReportMaker.Made report : reports) {
            ArchivedReport stored = store(archive, events, report);
            log.debug("archived {} as version {} (#{})", stored.fileName(), stored.version(), stored.id());
        }
    }

    /** Stores a rendered report and announces a final; the caller's transaction holds both. */
    static ArchivedReport store(ReportArchive archive, ApplicationEventPublisher events, ReportMaker.Made made) {
        ArchivedReport stored = archive.store(made.rendered());
        if (stored.kind() == vn.coordreport.archive.ReportKind.FINAL && stored.format().equals("PDF")) {
            events.publishEvent(new FinalArchived(stored.id(), stored.agreementCode(), stored.period(),
                    made.emptyForPeriod()));
        }
        return stored;
    }
}
