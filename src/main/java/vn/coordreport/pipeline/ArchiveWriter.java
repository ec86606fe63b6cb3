package vn.coordreport.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.NewReport;
import vn.coordreport.archive.ReportArchive;

/**
 * Stores rendered reports. The archive is idempotent by fingerprint, so a
 * chunk written again after a restart stores nothing twice; a version is one
 * row, written whole in the chunk's transaction or not at all.
 */
class ArchiveWriter implements ItemWriter<NewReport> {

    private static final Logger log = LoggerFactory.getLogger(ArchiveWriter.class);

    private final ReportArchive archive;

    ArchiveWriter(ReportArchive archive) {
        this.archive = archive;
    }

    @Override
    public void write(Chunk<? extends NewReport> reports) {
        for (NewReport report : reports) {
            ArchivedReport stored = archive.store(report);
            log.debug("archived {} as version {} (#{})", stored.fileName(), stored.version(), stored.id());
        }
    }
}
