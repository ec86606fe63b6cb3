package vn.coordreport.ingest.check;

import static vn.coordreport.messages.DateFormats.DAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.messages.Messages;

/**
 * Dates of what has happened that have not come yet: a record, a result, a limitation or its resolution, a task
 * done after today. Not an error (the import format has no such rule, and a file made for a whole year, as the
 * data generator writes, is right), but almost always a year mistyped (2027 for 2026): the figure is counted in the
 * period of its date, not in the one being reported, without a word. The import is taken, and says so once per file
 * and column, at the first such line, with how many more and the latest date. Due dates, periods and conferences
 * (prepared before they are held) look ahead by nature and are not told.
 */
public final class FutureDates {

    /** The files and columns of dates that are past by nature, records aside (checked as they are read). */
    private static final List<List<String>> STAGED = List.of(List.of("results", "date"), List.of("limitations", "date"),
            List.of("limitations", "resolved_on"), List.of("tasks", "done_on"));

    private final LocalDate today;
    private final boolean dryRun;

    public FutureDates(LocalDate today, boolean dryRun) {
        this.today = today;
        this.dryRun = dryRun;
    }

    /** The notices of the staged files' dates after today, in the order of {@link #STAGED}. */
    public void staged(JdbcClient jdbc, java.util.Set<FileSpec> files, java.util.function.Function<FileSpec, String> name,
            Problems.Source notices) {
        for (List<String> column : STAGED) {
            FileSpec spec = FileSpec.byBaseName(column.get(0)).orElseThrow();
            if (!files.contains(spec)) {
                continue;
            }
            jdbc.sql("""
                    select line, d, count(*) over () as n, max(d) over () as latest
                    from (select line, "%s" as d from %s where "%s" > :today) x order by line limit 1
                    """.formatted(column.get(1), spec.stagingTable(), column.get(1)))
                    .param("today", today)
                    .query((rs, i) -> notice(name.apply(spec), rs.getLong("line"), column.get(1),
                            rs.getObject("d", LocalDate.class), rs.getLong("n"), rs.getObject("latest", LocalDate.class)))
                    .optional().ifPresent(notices::add);
        }
    }

    /** Follows one column of a file read row by row (records.csv's dates) and gives its notice at the end. */
    public final class Column {

        private final String file;
        private final String column;
        private long first;
        private LocalDate firstDate;
        private LocalDate latest;
        private long count;

        public Column(String file, String column) {
            this.file = file;
            this.column = column;
        }

        public void see(LocalDate date, long line) {
            if (date != null && date.isAfter(today)) {
                if (count++ == 0) {
                    first = line;
                    firstDate = date;
                    latest = date;
                } else if (date.isAfter(latest)) {
                    latest = date;
                }
            }
        }

        public Optional<ImportProblem> notice() {
            return count == 0 ? Optional.empty() : Optional.of(FutureDates.this.notice(file, first, column, firstDate, count, latest));
        }
    }

    private ImportProblem notice(String file, long line, String column, LocalDate date, long count, LocalDate latest) {
        // a thing done or put right (done_on, resolved_on) on a day to come is not counted in a period: it is said done
        String key = column.equals("date") ? "import.notice.future" : "import.notice.futureDone";
        String said = count == 1
                ? Messages.text(key, DAY.format(date), DAY.format(today))
                : Messages.text(key + "More", DAY.format(date), DAY.format(today), count - 1, DAY.format(latest));
        return new ImportProblem(file, line, column,
                said + " " + Messages.text(dryRun ? "import.notice.futureFixDry" : "import.notice.futureFix"));
    }
}
