package vn.coordreport.ingest;

import vn.coordreport.messages.Messages;

/**
 * One file of an import (a CSV file, or a sheet of a workbook): its data rows,
 * or the earlier import that already holds its content, and what its rows are
 * (import format 1.1 "Re-submission"): null where the import was not checked
 * that far (rejected) or the file was skipped.
 */
public record ImportedFile(String name, long rows, Long alreadyImportedBy, Counts counts) {

    /**
     * The rows of a file: new (added), already stored (present), and corrections, each replacing the stored
     * record of the same agreement, agency and ref.
     */
    public record Counts(long added, long present, long corrected) {

        public static final Counts NONE = new Counts(0, 0, 0);

        public static Counts allNew(long rows) {
            return new Counts(rows, 0, 0);
        }

        Counts plus(Counts other) {
            return new Counts(added + other.added, present + other.present, corrected + other.corrected);
        }

        @Override
        public String toString() {
            return Messages.text(corrected == 0 ? "import.counts" : "import.countsCorrected", added, present, corrected);
        }
    }

    ImportedFile(String name, long rows, Long alreadyImportedBy) {
        this(name, rows, alreadyImportedBy, null);
    }

    public boolean skipped() {
        return alreadyImportedBy != null;
    }

    ImportedFile with(Counts counts) {
        return new ImportedFile(name, rows, alreadyImportedBy, counts);
    }

    @Override
    public String toString() {
        return skipped() ? name + ": " + Messages.text("import.file.alreadyImported", String.valueOf(alreadyImportedBy))
                : name + ": " + Messages.text("import.file.rows", rows) + (counts == null ? "" : " (" + counts + ")");
    }
}
