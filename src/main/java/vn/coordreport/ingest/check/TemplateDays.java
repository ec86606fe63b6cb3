package vn.coordreport.ingest.check;

import static vn.coordreport.messages.DateFormats.DAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.ingest.read.TemplatePeriod;
import vn.coordreport.messages.Messages;

/**
 * Dates of what happened outside the period a template was made for (its custom properties say which): a row of
 * another period copied into the template, or a year mistyped, counts in the period of its date, not in the one the
 * clerk filled the template for. Excel warns as the date is typed, but a warning is passed over, and LibreOffice
 * and other programs do not show it. Not an error (a file has no period in the import format): the import is
 * taken, and says so once per sheet, at the first such line, with how many more. The entry form refuses such a day.
 */
public final class TemplateDays {

    /** The sheets and columns of what happened in the period (those the template's validation warns of). */
    private static final List<List<String>> DATED = List.of(List.of("records", "occurred_on"),
            List.of("results", "date"), List.of("limitations", "date"));

    private final TemplatePeriod period;
    private final boolean dryRun;

    public TemplateDays(TemplatePeriod period, boolean dryRun) {
        this.period = period;
        this.dryRun = dryRun;
    }

    /** The notices of the staged sheets; the records only when they are staged (see {@code RecordImport}). */
    public void staged(JdbcClient jdbc, Set<FileSpec> files, Function<FileSpec, String> name, Problems.Source notices) {
        for (List<String> dated : DATED) {
            FileSpec spec = FileSpec.byBaseName(dated.get(0)).orElseThrow();
            if (!files.contains(spec)) {
                continue;
            }
            // only rows the import writes: a stored row the template shows (a limitation carried over) is as it was
            String written = spec == FileSpec.RECORDS ? "line in (select line from stg_records_written)" : "not present";
            jdbc.sql("""
                    select line, d, count(*) over () as n
                    from (select line, "%1$s" as d from %2$s where "%1$s" not between :from and :to and %3$s) x
                    order by line limit 1
                    """.formatted(dated.get(1), spec.stagingTable(), written))
                    .param("from", period.from()).param("to", period.to())
                    .query((rs, i) -> notice(name.apply(spec), rs.getLong("line"), rs.getObject("d", LocalDate.class),
                            rs.getLong("n")))
                    .optional().ifPresent(notices::add);
        }
    }

    private ImportProblem notice(String file, long line, LocalDate date, long count) {
        String said = count == 1
                ? Messages.text("import.notice.outsideTemplate", DAY.format(date), period.words(),
                        DAY.format(period.from()), DAY.format(period.to()))
                : Messages.text("import.notice.outsideTemplateMore", DAY.format(date), period.words(),
                        DAY.format(period.from()), DAY.format(period.to()), count - 1);
        return new ImportProblem(file, line, "date",
                said + " " + Messages.text(dryRun ? "import.notice.outsideTemplateFixDry" : "import.notice.outsideTemplateFix"));
    }
}
