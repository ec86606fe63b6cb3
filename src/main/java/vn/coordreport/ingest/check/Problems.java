package vn.coordreport.ingest.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.VisibleText;
import vn.coordreport.messages.Messages;

/**
 * The problems of one import, kept small: each source (a file's parse, an SQL
 * check) reports its problems in line order, and only the first
 * {@link ImportOutcome#PROBLEM_CAP} of each are kept, so the first ones
 * overall are always among them; every problem is counted. A problem quotes
 * what the file holds, so each is kept as one short line of plain text
 * ({@link #clean}): wherever it is shown (a terminal, a page, JSON) it can
 * neither break a line nor hide or reorder what follows.
 */
public final class Problems {

    private final List<Source> sources = new ArrayList<>();

    /** A bounded sink for one source whose problems come in line order. */
    public static final class Source {

        private final List<ImportProblem> kept = new ArrayList<>();
        private long count;

        public void add(ImportProblem problem) {
            if (count++ < ImportOutcome.PROBLEM_CAP) {
                kept.add(clean(problem));
            }
        }

        public long count() {
            return count;
        }
    }

    public Source source() {
        Source source = new Source();
        sources.add(source);
        return source;
    }

    /** Adds the first problems of a source that has counted them all ({@code total}). */
    public Source addCounted(List<ImportProblem> first, long total) {
        Source source = source();
        first.forEach(p -> source.kept.add(clean(p)));
        source.count = total;
        return source;
    }

    /** The longest message kept whole; a longer one keeps its start and its end. */
    static final int MAX_MESSAGE = 600;
    // public for ImportFuzzIntegrationTests (package ingest): it names files as problems show them
    public static final int MAX_NAME = 120;

    /**
     * The problem as one line of visible text ({@link VisibleText}: line breaks,
     * escapes, bidirectional overrides, zero-width characters and no-break
     * spaces written as {@code \u000A}), and a text too long shortened in its middle.
     */
    static ImportProblem clean(ImportProblem p) {
        return new ImportProblem(visible(p.file(), MAX_NAME), p.line(),
                p.column() == null ? null : visible(p.column(), MAX_NAME), visible(p.message(), MAX_MESSAGE));
    }

    /** {@link #visible}'s shortening of a message, in SQL, so that a check never sends a long one. */
    public static String shortened(String column) {
        int keep = MAX_MESSAGE / 2 - 30;
        return "case when length(%1$s) > %2$d then left(%1$s, %3$d) || ' … (' || (length(%1$s) - %4$d) || ' %5$s) … ' || right(%1$s, %3$d) else %1$s end"
                .formatted(column, MAX_MESSAGE, keep, 2 * keep, Messages.text("import.characters").replace("'", "''"));
    }

    // public for ImportFuzzIntegrationTests (package ingest): it names files as problems show them
    public static String visible(String text, int max) {
        if (text == null) {
            return null;
        }
        String shown = text;
        if (shown.length() > max) {
            int keep = max / 2 - 30;
            shown = shown.substring(0, keep) + " … (" + (shown.length() - 2 * keep) + " " + Messages.text("import.characters") + ") … "
                    + shown.substring(shown.length() - keep);
        }
        return VisibleText.of(shown);
    }

    /** Forgets a source's problems, e.g. those of a file whose content was already imported. */
    public void drop(Source source) {
        sources.remove(source);
    }

    public long count() {
        return sources.stream().mapToLong(s -> s.count).sum();
    }

    public boolean any() {
        return count() > 0;
    }

    /** The first problems in the order of the files given, then line, then column. */
    public List<ImportProblem> first(Map<String, Integer> fileOrder) {
        return sources.stream().flatMap(s -> s.kept.stream())
                .sorted(Comparator.<ImportProblem>comparingInt(p -> fileOrder.getOrDefault(p.file(), -1))
                        .thenComparing(ImportProblem::file)
                        .thenComparingLong(ImportProblem::line)
                        .thenComparing(p -> p.column() == null ? "" : p.column()))
                .limit(ImportOutcome.PROBLEM_CAP)
                .toList();
    }
}
