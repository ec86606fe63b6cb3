package vn.coordreport.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The problems of one import, kept small: each source (a file's parse, an SQL
 * check) reports its problems in line order, and only the first
 * {@link ImportOutcome#PROBLEM_CAP} of each are kept, so the first ones
 * overall are always among them; every problem is counted.
 */
final class Problems {

    private final List<Source> sources = new ArrayList<>();

    /** A bounded sink for one source whose problems come in line order. */
    static final class Source {

        private final List<ImportProblem> kept = new ArrayList<>();
        private long count;

        void add(ImportProblem problem) {
            if (count++ < ImportOutcome.PROBLEM_CAP) {
                kept.add(problem);
            }
        }

        long count() {
            return count;
        }
    }

    Source source() {
        Source source = new Source();
        sources.add(source);
        return source;
    }

    /** Adds the first problems of a source that has counted them all ({@code total}). */
    void addCounted(List<ImportProblem> first, long total) {
        Source source = source();
        source.kept.addAll(first);
        source.count = total;
    }

    /** Forgets a source's problems, e.g. those of a file whose content was already imported. */
    void drop(Source source) {
        sources.remove(source);
    }

    long count() {
        return sources.stream().mapToLong(s -> s.count).sum();
    }

    boolean any() {
        return count() > 0;
    }

    /** The first problems in the order of the files given, then line, then column. */
    List<ImportProblem> first(Map<String, Integer> fileOrder) {
        return sources.stream().flatMap(s -> s.kept.stream())
                .sorted(Comparator.<ImportProblem>comparingInt(p -> fileOrder.getOrDefault(p.file(), -1))
                        .thenComparing(ImportProblem::file)
                        .thenComparingLong(ImportProblem::line)
                        .thenComparing(p -> p.column() == null ? "" : p.column()))
                .limit(ImportOutcome.PROBLEM_CAP)
                .toList();
    }
}
