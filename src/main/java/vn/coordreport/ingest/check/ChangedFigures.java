package vn.coordreport.ingest.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.messages.Messages;

/**
 * A record without a {@code ref} that is new, while a stored one of the same agreement, indicator, day, agency and
 * counterpart has another figure, and the file does not send that stored row again: a clerk who corrects a figure in
 * the workbook sent before and sends it again has the corrected row counted beside the old one (1 200 items of aid,
 * then 1 500, made 2 700), since without a register number a row is only ever the same as a row alike in every
 * column. The import is taken, as two events of a day may differ; it says so once per file, at the first such line,
 * with the stored figure and its import, so that the clerk can undo both and send the file again.
 */
public final class ChangedFigures {

    private final boolean dryRun;

    public ChangedFigures(boolean dryRun) {
        this.dryRun = dryRun;
    }

    /**
     * The first new row without a ref beside a stored row of its key with another quantity or amount, that row's
     * import and figures, and how many such rows; not when the file sends again a stored row of that key (a file
     * that holds both the old and the new figure holds two events). Run after {@code RecordMatch}, before the records
     * are written.
     */
    static final String QUERY = """
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

    /** The notice of the staged records, if any; nothing when the records went straight into their table. */
    public void staged(JdbcClient jdbc, Set<FileSpec> files, Function<FileSpec, String> name, Problems.Source notices) {
        if (!files.contains(FileSpec.RECORDS)) {
            return;
        }
        List<Changed> changed = jdbc.sql(QUERY).query((rs, i) -> new Changed(rs.getLong("line"), rs.getLong("import_id"),
                figures(rs.getBigDecimal("stored_quantity"), rs.getObject("stored_amount", Long.class),
                        rs.getBigDecimal("quantity"), rs.getObject("amount", Long.class)),
                rs.getLong("n"))).list();
        if (!changed.isEmpty()) {
            notices.add(notice(name.apply(FileSpec.RECORDS), changed));
        }
    }

    /** {@code số lượng đã lưu 1.200, dòng này 1.500}, and the amounts when they differ. */
    private static String figures(BigDecimal storedQuantity, Long storedAmount, BigDecimal quantity, Long amount) {
        StringBuilder said = new StringBuilder();
        if (storedQuantity.compareTo(quantity) != 0) {
            said.append(Messages.text("import.notice.changedQuantity", storedQuantity.stripTrailingZeros(),
                    quantity.stripTrailingZeros()));
        }
        if (!java.util.Objects.equals(storedAmount, amount)) {
            said.append(said.isEmpty() ? "" : ", ").append(Messages.text("import.notice.changedAmount",
                    storedAmount == null ? "—" : Messages.text("import.notice.amount", storedAmount),
                    amount == null ? "—" : Messages.text("import.notice.amount", amount)));
        }
        return said.toString();
    }

    /** A new row, the import of the stored row beside it, the two figures, and how many such rows the file has. */
    private record Changed(long line, long importId, String figures, long count) {
    }

    private ImportProblem notice(String file, List<Changed> changed) {
        Changed at = changed.get(0);
        String said = Messages.text("import.notice.changed", String.valueOf(at.importId()), at.figures());
        if (at.count() > 1) {
            said += " " + Messages.text("import.notice.changedMore", at.count() - 1, changed.stream().skip(1)
                    .map(c -> String.valueOf(c.line())).collect(Collectors.joining(", "))
                    + (at.count() > changed.size() ? ", …" : ""));
        }
        return new ImportProblem(file, at.line(), null, said + " " + Messages.text(
                dryRun ? "import.notice.changedFixDry" : "import.notice.changedFix", String.valueOf(at.importId())));
    }
}
