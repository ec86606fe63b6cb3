package vn.coordreport.ingest;

import java.time.OffsetDateTime;

/** One recorded import, for the history. {@code status} is APPLIED or UNDONE. */
public record ImportSummary(long id, OffsetDateTime startedAt, String source, String importedBy, String status,
        int files, long rows, OffsetDateTime undoneAt) {
}
