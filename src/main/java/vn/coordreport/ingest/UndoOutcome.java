package vn.coordreport.ingest;

/** What undoing an import removed: rows per table, and their total. */
public record UndoOutcome(long importId, java.util.Map<String, Long> removed) {

    public long total() {
        return removed.values().stream().mapToLong(Long::longValue).sum();
    }
}
