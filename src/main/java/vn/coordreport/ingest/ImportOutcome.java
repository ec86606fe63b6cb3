package vn.coordreport.ingest;

import java.util.ArrayList;
import java.util.List;

import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.messages.Messages;

/**
 * What an import did. {@code problems} holds the first {@link #PROBLEM_CAP}
 * problems in file order (dependency order) and line order;
 * {@code problemCount} counts all of them. {@code notices} are what an import
 * that is taken should still have looked at (a date not yet come), in the same
 * order: not errors, they refuse nothing.
 */
public record ImportOutcome(ImportStatus status, Long importId, List<ImportedFile> files,
        List<ImportProblem> problems, long problemCount, List<ImportProblem> notices, long noticeCount) {

    public static final int PROBLEM_CAP = 200;

    public long rows() {
        return files.stream().filter(f -> !f.skipped()).mapToLong(ImportedFile::rows).sum();
    }

    /** What the rows of the files read are, summed: new, already present, corrected (zero where not counted). */
    public ImportedFile.Counts counts() {
        return files.stream().filter(f -> !f.skipped() && f.counts() != null).map(ImportedFile::counts)
                .reduce(ImportedFile.Counts.NONE, ImportedFile.Counts::plus);
    }

    /** The rows of records files (or sheets) imported: what import throughput is counted in. */
    public long records() {
        String name = FileSpec.RECORDS.baseName();
        return files.stream().filter(f -> !f.skipped())
                .filter(f -> f.name().equals(name + ".csv") || f.name().endsWith("/" + name))
                .mapToLong(ImportedFile::rows).sum();
    }

    /** The problem lines as the user sees them, with "... and N more" after the cap. */
    public List<String> problemLines() {
        return lines(problems, problemCount, "import.problems.more");
    }

    /** The notices as the user sees them, as {@link #problemLines()}. */
    public List<String> noticeLines() {
        return lines(notices, noticeCount, "import.notices.more");
    }

    private static List<String> lines(List<ImportProblem> kept, long count, String more) {
        List<String> lines = new ArrayList<>();
        kept.forEach(p -> lines.add(p.toString()));
        if (count > kept.size()) {
            lines.add(Messages.text(more, count - kept.size()));
        }
        return lines;
    }
}
