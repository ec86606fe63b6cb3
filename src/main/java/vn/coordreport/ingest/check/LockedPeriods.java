package vn.coordreport.ingest.check;

import static vn.coordreport.messages.DateFormats.DAY;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.PeriodLocks;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.messages.Messages;
import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/**
 * The periods an import may not change (issue #17, point 6): those of an
 * agreement whose final was issued and not reopened since ({@link PeriodLocks}).
 * They are put into {@code locked_period} when the import starts, with their
 * days under the calendar the final was made in; once the import knows which
 * of its rows it would write (new or corrected, not those already present), one
 * statement per file finds those that fall in a locked period ({@link #checks}).
 */
public final class LockedPeriods {

    /** Per agreement and period: locked when its last issue is later than its last reopening. */
    public static final String LOCKED = """
            select a.id as agreement_id, f.agreement_code, f.period, v.calendar,
                   (array_agg(lpad(f.document_number::text, 2, '0') || coalesce(f.number_symbol, '')
                              order by f.updated_at desc))[1] as number_symbol,
                   max(f.issued_on) as issued_on
            from final_document f
            join report_version v on v.id = f.version_id
            join agreement a on a.code = f.agreement_code
            where f.state = 'ISSUED'
            group by a.id, f.agreement_code, f.period, v.calendar
            having max(f.updated_at) > coalesce((select max(r.reopened_at) from period_reopening r
                                                 where r.agreement_code = f.agreement_code and r.period = f.period),
                                                '-infinity')
            """;

    record Locked(int agreementId, String agreementCode, String period, String calendar, String numberSymbol,
            java.time.LocalDate issuedOn) {

        DateRange days() {
            return Period.parse(period).range(PeriodCalendar.fromId(calendar));
        }
    }

    private static final String CREATE = """
            create temp table locked_period (agreement_id int not null, agreement text not null, period text not null,
                date_from date not null, date_to date not null, issued text not null) on commit drop
            """;

    private LockedPeriods() {
    }

    static List<Locked> list(JdbcClient jdbc) {
        return jdbc.sql(LOCKED).query(Locked.class).list();
    }

    /** The rows of {@code locked_period}, one array per column, unnested in one statement. */
    private static final String INSERT = """
            insert into locked_period
            select * from unnest(cast(:ids as int[]), cast(:codes as text[]), cast(:periods as text[]),
                                 cast(:froms as date[]), cast(:tos as date[]), cast(:issued as text[]))
            """;

    /** Creates {@code locked_period} and fills it (one statement however many are locked); true when any period is locked. */
    public static boolean prepare(JdbcClient jdbc) {
        jdbc.sql(CREATE).update();
        List<Locked> locked = list(jdbc);
        if (locked.isEmpty()) {
            return false;
        }
        int n = locked.size();
        Integer[] ids = new Integer[n];
        String[] codes = new String[n];
        String[] periods = new String[n];
        String[] froms = new String[n];
        String[] tos = new String[n];
        String[] issued = new String[n];
        for (int i = 0; i < n; i++) {
            Locked l = locked.get(i);
            DateRange days = l.days();
            ids[i] = l.agreementId();
            codes[i] = l.agreementCode();
            periods[i] = l.period();
            froms[i] = days.from().toString();
            tos[i] = days.to().toString();
            issued[i] = Messages.text("import.lockedPeriod.issued", l.numberSymbol(),
                    DAY.format(l.issuedOn()));
        }
        jdbc.sql(INSERT).param("ids", ids).param("codes", codes).param("periods", periods).param("froms", froms)
                .param("tos", tos).param("issued", issued).update();
        return true;
    }

    /** The locked periods whose rows an import added (or whose records its corrections replaced): undoing it changes them. */
    public static final String TOUCHED_BY_IMPORT = """
            select format('%s của quy chế %L (%s)', l.period, l.agreement, l.issued) from locked_period l
            where exists (select 1 from record r where r.import_id = :id and r.agreement_id = l.agreement_id
                            and r.occurred_on between l.date_from and l.date_to)
               or exists (select 1 from record_replaced r where r.replaced_by = :id and r.agreement_id = l.agreement_id
                            and r.occurred_on between l.date_from and l.date_to)
               or exists (select 1 from result r where r.import_id = :id and r.agreement_id = l.agreement_id
                            and r.occurred_on between l.date_from and l.date_to)
               or exists (select 1 from limitation r where r.import_id = :id and r.agreement_id = l.agreement_id
                            and (r.found_on between l.date_from and l.date_to
                                 or r.resolved_on between l.date_from and l.date_to))
               or exists (select 1 from (select agreement_id, period, import_id from task union all
                                         select agreement_id, period, import_id from target union all
                                         select agreement_id, period, import_id from commendation union all
                                         select agreement_id, period, import_id from assessment) r
                          where r.import_id = :id and r.agreement_id = l.agreement_id and r.period = l.period)
            order by l.agreement, l.period
            """;

    /** What a check's rows select besides line and column: the locked period they fall in. */
    private static final String PERIOD = "l.period, l.agreement, l.issued";

    /**
     * What a problem says: the period named, how to go on. One problem per file, column and locked period, at its
     * first line, with how many more rows fall in it: two million rows of a locked year are one cause, and the
     * identical rows that are written as one group ({@code stg_records_written}) have one line between them.
     */
    private static String problems(String rows) {
        return """
                select min(line) as line, col,
                       case when count(*) = 1 then 'import.lockedPeriod' else 'import.lockedPeriod.rows' end as message,
                       array[period, format('%L', agreement), issued, agreement, period,
                             replace(to_char(count(*) - 1, 'FM999,999,999,990'), ',', '.')] as args
                from (""" + rows + ") r group by col, agreement, period, issued";
    }

    /** The checks of the files staged whose rows (those to be written) fall in a locked period. */
    public static List<Checks.Check> checks(java.util.Set<FileSpec> staged) {
        return staged.stream().map(LockedPeriods::check).filter(java.util.Objects::nonNull).toList();
    }

    private static Checks.Check check(FileSpec file) {
        String sql = switch (file) {
            case RECORDS -> """
                    select w.line, 'date' as col, %1$s
                    from stg_records_written w
                    join locked_period l on l.agreement_id = w.agreement_id
                    where w.occurred_on between l.date_from and l.date_to
                    union all
                    select w.line, 'ref', %1$s
                    from stg_records_written w
                    join record r on w.status = 'C' and r.ref = w.ref and r.agreement_id = w.agreement_id
                                 and coalesce(r.agency_id, 0) = coalesce(w.agency_id, 0)
                    join locked_period l on l.agreement_id = r.agreement_id
                    where r.occurred_on between l.date_from and l.date_to
                      and not w.occurred_on between l.date_from and l.date_to
                    """;
            case RESULTS -> dated(file, "date");
            case LIMITATIONS -> dated(file, "date") + " union all " + dated(file, "resolved_on")
                    + " and not s.date between l.date_from and l.date_to";
            case TASKS, TARGETS, COMMENDATIONS, ASSESSMENTS -> """
                    select s.line, 'period' as col, %%1$s
                    from %s s join locked_period l on l.agreement = s.agreement and l.period = s.period
                    where not s.present
                    """.formatted(file.stagingTable());
            default -> null;
        };
        return sql == null ? null : new Checks.Check(file, problems(sql.formatted(PERIOD)));
    }

    private static String dated(FileSpec file, String column) {
        return """
                select s.line, '%2$s' as col, %%1$s
                from %1$s s join locked_period l on l.agreement = s.agreement
                where not s.present and s."%2$s" between l.date_from and l.date_to
                """.formatted(file.stagingTable(), column);
    }
}
