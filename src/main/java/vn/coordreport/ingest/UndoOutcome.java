package vn.coordreport.ingest;

/**
 * What undoing an import removed: rows per table, and their total; and how many records its corrections had
 * replaced came back.
 */
public record UndoOutcome(long importId, java.util.Map<String, Long> removed, long restored) {

    public long total() {
        return removed.values().stream().mapToLong(Long::longValue).sum();
    }
}
