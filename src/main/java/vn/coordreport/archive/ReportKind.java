package vn.coordreport.archive;

/** A draft (marked {@code DỰ THẢO}, no number) or the final, numbered report. */
public enum ReportKind {
    DRAFT, FINAL
}
