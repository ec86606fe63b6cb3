package vn.coordreport.ingest;

import java.time.OffsetDateTime;

/**
 * One recorded import, for the history. {@code status} is APPLIED or UNDONE. Of its {@code rows}, {@code added}
 * were new, {@code present} already stored, {@code corrected} replaced stored records (import format 1.1).
 */
public record ImportSummary(long id, OffsetDateTime startedAt, String source, String importedBy, String status,
        int files, long rows, OffsetDateTime undoneAt, long added, long present, long corrected) {
}
