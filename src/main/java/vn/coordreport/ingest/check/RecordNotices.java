package vn.coordreport.ingest.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.messages.Messages;

/**
 * What the staged records of an import should still have looked at, though the import format takes them, each told
 * once per file at its first line ({@link FirstLines}), only of rows the import writes; run after
 * {@code RecordMatch}, before the records are written, and not for a large first load that goes straight into its
 * table:
 * <ul>
 * <li>a figure sent again corrected, without a {@code ref}: a new row beside a stored one of the same agreement,
 * indicator, day, agency and counterpart with another quantity or amount, while the file sends no stored row of
 * that key again (a file that holds both the old and the new figure holds two events). Without a register number a
 * row is only ever the same as a row alike in every column, so a clerk who mends 1 200 items of aid to 1 500 in the
 * workbook sent before and sends it again has 2 700 counted;</li>
 * <li>a record without an agency among records of its agreement that name one: the import format makes it the lead
 * agency's (the report credits the lead, the submissions count it as having sent), right for the lead's own file and
 * most often a cell left empty in another agency's workbook;</li>
 * <li>a correction by {@code ref} that changes what was recorded, not only its figures (another day, indicator or
 * counterpart): a register number given again by mistake would replace an earlier event.</li>
 * </ul>
 */
public final class RecordNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static final String CHANGED_FIGURES = """
            with changed as materialized (
                select s.line, r.import_id, r.quantity as stored_quantity, s.quantity, r.amount_vnd as stored_amount,
                       s.amount_vnd as amount, %1$s
                from stg_records s
                cross join lateral (
                    select r.import_id, r.quantity, r.amount_vnd from record r
                    where r.ref is null and %2$s
                      and (r.quantity, r.amount_vnd) is distinct from (s.quantity, s.amount_vnd)
                    order by r.import_id desc limit 1) r
                where s.ref is null and s.line in (select line from stg_records_written where status = 'N')),
            -- the keys of which the file sends a stored row again, found through record's index
            resent as (
                select distinct %3$s
                from stg_records t join record k on k.ref is null and %4$s is not distinct from %5$s
                where t.ref is null and t.agreement_id in (select agreement_id from changed))
            select line, import_id, stored_quantity, quantity, stored_amount, amount, count(*) over () as n
            from changed c
            where not exists (select 1 from resent v where %6$s)
            order by line limit 4
            """.formatted(key("s"), sameKey("r", "s"), key("t"), values("k"), values("t"),
            "v.agreement_id = c.agreement_id and v.indicator_id = c.indicator_id and v.occurred_on = c.occurred_on "
                    + "and v.agency = c.agency and v.counterpart = c.counterpart");

    /** The same agreement, indicator, day, agency and counterpart. */
    private static String sameKey(String a, String b) {
        return "%1$s.agreement_id = %2$s.agreement_id and %1$s.indicator_id = %2$s.indicator_id and %1$s.occurred_on = "
                .formatted(a, b) + "%2$s.occurred_on and %1$s.agency_id is not distinct from %2$s.agency_id and "
                .formatted(a, b) + "%1$s.counterpart is not distinct from %2$s.counterpart".formatted(a, b);
    }

    /** The key as columns compared with {@code =} (hashed): no agency as 0, no counterpart as a character no text holds. */
    private static String key(String alias) {
        return ("%1$s.agreement_id, %1$s.indicator_id, %1$s.occurred_on, coalesce(%1$s.agency_id, 0) as agency, "
                + "coalesce(%1$s.counterpart, chr(1)) collate \"C\" as counterpart").formatted(alias);
    }

    /** Every value of a record, as one row to compare with {@code is not distinct from}. */
    private static String values(String alias) {
        return "(%1$s.agreement_id, %1$s.indicator_id, %1$s.occurred_on, %1$s.quantity, %1$s.amount_vnd, "
                .formatted(alias) + "%1$s.counterpart, %1$s.agency_id, %1$s.note)".formatted(alias);
    }

    static final String UNNAMED_AGENCIES = """
            with w as (
                select s.line, s.agreement_id, s.agency_id from stg_records s
                where s.line in (select line from stg_records_written where status in ('N', 'C'))),
            named as (
                select agreement_id, count(*) filter (where agency_id is not null) as named from w
                group by agreement_id
                having count(*) filter (where agency_id is null) > 0 and count(*) filter (where agency_id is not null) > 0)
            select w.line, a.code, coalesce(l.name, l.code) as lead, n.named, count(*) over () as n
            from w join named n on n.agreement_id = w.agreement_id
            left join agreement a on a.id = w.agreement_id
            left join agency l on l.id = a.lead_agency_id
            where w.agency_id is null
            order by w.line limit 4
            """;

    static final String REF_CORRECTIONS = """
            select s.line, s.ref, r.import_id, r.occurred_on as stored_on, s.occurred_on, ri.code as stored_indicator,
                   si.code as indicator, r.counterpart as stored_counterpart, s.counterpart, count(*) over () as n
            from stg_records_written s
            join record r on r.ref = s.ref and r.agreement_id = s.agreement_id
                         and coalesce(r.agency_id, 0) = coalesce(s.agency_id, 0)
            left join indicator ri on ri.id = r.indicator_id
            left join indicator si on si.id = s.indicator_id
            where s.status = 'C'
              and (r.occurred_on, r.indicator_id, r.counterpart) is distinct from (s.occurred_on, s.indicator_id, s.counterpart)
            order by s.line limit 4
            """;

    private final boolean dryRun;

    public RecordNotices(boolean dryRun) {
        this.dryRun = dryRun;
    }

    /** The notices of the staged records, if any. */
    public void staged(JdbcClient jdbc, Set<FileSpec> files, Function<FileSpec, String> name, Problems.Source notices) {
        if (!files.contains(FileSpec.RECORDS)) {
            return;
        }
        String file = name.apply(FileSpec.RECORDS);
        changedFigures(jdbc, file, notices);
        unnamedAgencies(jdbc, file, notices);
        refCorrections(jdbc, file, notices);
    }

    /** A new row, the import of the stored row beside it, the two figures, and how many such rows the file has. */
    private record Changed(long line, long importId, String figures, long count) {
    }

    private void changedFigures(JdbcClient jdbc, String file, Problems.Source notices) {
        List<Changed> changed = jdbc.sql(CHANGED_FIGURES).query((rs, i) -> new Changed(rs.getLong("line"),
                rs.getLong("import_id"), figures(rs.getBigDecimal("stored_quantity"),
                        rs.getObject("stored_amount", Long.class), rs.getBigDecimal("quantity"),
                        rs.getObject("amount", Long.class)), rs.getLong("n"))).list();
        if (!changed.isEmpty()) {
            Changed at = changed.get(0);
            String fix = dryRun ? "import.notice.changedFixDry" : "import.notice.changedFix";
            notices.add(FirstLines.notice(file, null, changed.stream().map(Changed::line).toList(), at.count(),
                    Messages.text("import.notice.changed", String.valueOf(at.importId()), at.figures()),
                    "import.notice.changedMore", Messages.text(fix, String.valueOf(at.importId()))));
        }
    }

    /** {@code số lượng đã lưu 1.200, dòng này 1.500}, and the amounts when they differ. */
    private static String figures(BigDecimal storedQuantity, Long storedAmount, BigDecimal quantity, Long amount) {
        StringBuilder said = new StringBuilder();
        if (storedQuantity.compareTo(quantity) != 0) {
            said.append(Messages.text("import.notice.changedQuantity", storedQuantity.stripTrailingZeros(),
                    quantity.stripTrailingZeros()));
        }
        if (!Objects.equals(storedAmount, amount)) {
            said.append(said.isEmpty() ? "" : ", ").append(Messages.text("import.notice.changedAmount",
                    storedAmount == null ? "—" : Messages.text("import.notice.amount", storedAmount),
                    amount == null ? "—" : Messages.text("import.notice.amount", amount)));
        }
        return said.toString();
    }

    /** A row without an agency, its agreement, the lead, how many rows of it name one, how many rows name none. */
    private record Unnamed(long line, String agreement, String lead, long named, long count) {
    }

    private void unnamedAgencies(JdbcClient jdbc, String file, Problems.Source notices) {
        List<Unnamed> rows = jdbc.sql(UNNAMED_AGENCIES).query((rs, i) -> new Unnamed(rs.getLong("line"),
                rs.getString("code"), rs.getString("lead"), rs.getLong("named"), rs.getLong("n"))).list();
        if (!rows.isEmpty()) {
            Unnamed at = rows.get(0);
            notices.add(FirstLines.notice(file, "agency", rows.stream().map(Unnamed::line).toList(), at.count(),
                    Messages.text("import.notice.unnamedAgency", at.named(), at.agreement() == null ? "" : at.agreement(),
                            at.lead() == null ? "—" : at.lead()),
                    "import.notice.unnamedAgencyMore",
                    Messages.text(dryRun ? "import.notice.unnamedAgencyFixDry" : "import.notice.unnamedAgencyFix")));
        }
    }

    /** A correction, its ref, the import of the row it replaces, what changes, and how many such rows. */
    private record Moved(long line, String ref, long importId, String changes, long count) {
    }

    private void refCorrections(JdbcClient jdbc, String file, Problems.Source notices) {
        List<Moved> moved = jdbc.sql(REF_CORRECTIONS).query((rs, i) -> new Moved(rs.getLong("line"), rs.getString("ref"),
                rs.getLong("import_id"), changes(rs.getObject("stored_on", LocalDate.class),
                        rs.getObject("occurred_on", LocalDate.class), rs.getString("stored_indicator"),
                        rs.getString("indicator"), rs.getString("stored_counterpart"), rs.getString("counterpart")),
                rs.getLong("n"))).list();
        if (!moved.isEmpty()) {
            Moved at = moved.get(0);
            notices.add(FirstLines.notice(file, "ref", moved.stream().map(Moved::line).toList(), at.count(),
                    Messages.text("import.notice.refMoved", at.ref(), String.valueOf(at.importId()), at.changes()),
                    "import.notice.refMovedMore",
                    Messages.text(dryRun ? "import.notice.refMovedFixDry" : "import.notice.refMovedFix")));
        }
    }

    /** {@code ngày 05/09/2026 thành 07/11/2026, đối tác … thành …}: what the correction changes of the event. */
    private static String changes(LocalDate storedOn, LocalDate on, String storedIndicator, String indicator,
            String storedCounterpart, String counterpart) {
        List<String> said = new ArrayList<>();
        if (!Objects.equals(storedOn, on)) {
            said.add(Messages.text("import.notice.refMovedDay", DAY.format(storedOn), DAY.format(on)));
        }
        if (!Objects.equals(storedIndicator, indicator)) {
            said.add(Messages.text("import.notice.refMovedIndicator", storedIndicator, indicator));
        }
        if (!Objects.equals(storedCounterpart, counterpart)) {
            said.add(Messages.text("import.notice.refMovedCounterpart", storedCounterpart == null ? "—" : storedCounterpart,
                    counterpart == null ? "—" : counterpart));
        }
        return String.join(", ", said);
    }
}
