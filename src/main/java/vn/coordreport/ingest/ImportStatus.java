package vn.coordreport.ingest;

/** How an import ended. */
public enum ImportStatus {
    /** Written and recorded; it has an import id. */
    IMPORTED,
    /** A dry run found nothing wrong; nothing was written. */
    VALIDATED,
    /** Every file had already been imported; nothing was written or recorded. */
    ALREADY_IMPORTED,
    /** Problems were found; nothing was written. */
    REJECTED
}
