package vn.coordreport.ingest.check;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.messages.Messages;

/**
 * A row the same file holds twice, identical in every column: two border violations on one day are two rows alike,
 * so the import format counts each (a row is the same as a <em>stored</em> one only across imports), but rows
 * pasted twice in a spreadsheet look exactly so, and their figure would count twice without a word. The import is
 * taken, and says so once per file, at the first line that repeats an earlier one, naming it, with how many more.
 * Records with a {@code ref} are not told: the register's number tells them apart (two rows of one ref are one row
 * given twice, or an error). The catalogue's files, the targets and the conferences refuse a code or a period
 * given twice; the recipients are a list of addresses.
 */
public final class RepeatedRows {

    /** The files whose rows are counted, not keyed, and the staged records (the rows without a ref). */
    private static final List<FileSpec> FILES = List.of(FileSpec.RECORDS, FileSpec.RESULTS, FileSpec.LIMITATIONS,
            FileSpec.TASKS, FileSpec.COMMENDATIONS, FileSpec.ASSESSMENTS);

    /** The values of a staged record ({@code stg_records}, by id), as the matching with stored rows groups them. */
    private static final String RECORD_VALUES = "agreement_id, indicator_id, occurred_on, quantity, amount_vnd, "
            + "counterpart, agency_id, note";

    private final boolean dryRun;

    public RepeatedRows(boolean dryRun) {
        this.dryRun = dryRun;
    }

    /**
     * The notices of the staged files, in the order of {@link #FILES}; the records only when they are staged (a
     * large first load goes straight into its table, see {@code RecordImport}).
     */
    public void staged(JdbcClient jdbc, Set<FileSpec> files, Function<FileSpec, String> name, Problems.Source notices) {
        for (FileSpec spec : FILES) {
            if (files.contains(spec)) {
                List<Repeat> repeats = jdbc.sql(query(spec))
                        .query((rs, i) -> new Repeat(rs.getLong("line"), rs.getLong("first"), rs.getLong("n"))).list();
                if (!repeats.isEmpty()) {
                    notices.add(notice(name.apply(spec), spec, repeats));
                }
            }
        }
    }

    /**
     * The first line that repeats an earlier one, that one, and how many lines repeat one; only of rows alike of
     * which this import writes one at least (a file sent again, its rows all stored already, was told when it was
     * first sent). Text compared byte by byte ({@code collate "C"}: equality is the same in every deterministic
     * collation, and a sort, should PostgreSQL partition by sorting, does not compare by the database's locale).
     */
    static String query(FileSpec spec) {
        if (spec == FileSpec.RECORDS) {
            // RecordMatch writes a group of rows alike, numbered by its first line, when the file holds it more
            // often than the database
            return """
                    select line, first, count(*) over () as n
                    from (select line, min(line) over (partition by %s) as first from stg_records where ref is null) x
                    where line > first and first in (select line from stg_records_written where status = 'N')
                    order by line limit 4
                    """.formatted(collated(spec, RECORD_VALUES));
        }
        String values = spec.columnNames().stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
        return """
                select line, first, count(*) over () as n
                from (select line, min(line) over w as first, bool_and(present) over w as stored
                      from %s window w as (partition by %s)) x
                where line > first and not stored order by line limit 4
                """.formatted(spec.stagingTable(), collated(spec, values));
    }

    private static String collated(FileSpec spec, String values) {
        if (spec == FileSpec.RECORDS) {
            return values.replace("counterpart", "counterpart collate \"C\"").replace("note", "note collate \"C\"");
        }
        return List.of(values.split(", ")).stream()
                .map(c -> spec.column(c.replace("\"", "")).orElseThrow().type().isText()
                        ? c + " collate \"C\"" : c)
                .collect(Collectors.joining(", "));
    }

    /** A line that repeats an earlier one, that one, and how many lines of the file repeat one. */
    private record Repeat(long line, long first, long count) {
    }

    /**
     * The notice at the first line that repeats one, naming the next three where there are more ("dòng 51 giống
     * dòng 50, dòng 72 giống dòng 71"), so that they need not be looked for.
     */
    private ImportProblem notice(String file, FileSpec spec, List<Repeat> repeats) {
        Repeat at = repeats.get(0);
        // a figure is counted twice; a text (a result, a task) is said twice
        String key = spec == FileSpec.RECORDS || spec == FileSpec.COMMENDATIONS ? "import.notice.repeated"
                : "import.notice.repeatedText";
        String others = repeats.stream().skip(1)
                .map(r -> Messages.text("import.notice.repeatedPair", String.valueOf(r.line()), String.valueOf(r.first())))
                .collect(Collectors.joining(", ")) + (at.count() > repeats.size() ? ", …" : "");
        String said = at.count() == 1 ? Messages.text(key, String.valueOf(at.first()))
                : Messages.text(key + "More", String.valueOf(at.first()), at.count() - 1, others);
        String kind = spec == FileSpec.RECORDS ? "Records" : "";
        return new ImportProblem(file, at.line(), null, said + " "
                + Messages.text("import.notice.repeated" + kind + (dryRun ? "FixDry" : "Fix")));
    }
}
