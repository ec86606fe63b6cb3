package vn.coordreport.ingest;

import java.time.OffsetDateTime;

/**
 * One recorded import, for the history. {@code status} is APPLIED or UNDONE; {@code province} the one province
 * its rows name (a limited user's import: theirs), null when they name several or none: the history shows a
 * limited user the imports of their province only. Of its {@code rows}, {@code added} were new, {@code present}
 * already stored, {@code corrected} replaced stored records (import format 1.1).
 */
public record ImportSummary(long id, OffsetDateTime startedAt, String source, String importedBy, String status,
        int files, long rows, OffsetDateTime undoneAt, String province, long added, long present, long corrected) {
}
