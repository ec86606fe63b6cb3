package vn.coordreport.ingest.load;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import vn.coordreport.ingest.format.FileSpec;

/**
 * How the rows of a fact file (any but the catalogue's codes and the records)
 * become rows of its table: the codes it names resolved by {@code joins} over
 * its staging table {@code s}, and each of the table's columns computed by an
 * expression. From it come the statement that writes the file's rows
 * ({@link #insert}) and the one that tells which of them are already stored
 * ({@link #match}, import format 1.1 "Re-submission").
 *
 * @param resolved true where every code the row names has an id (in a dry run, or before the catalogue is
 *                 written, a code new in this import has none: such a row can match no stored row)
 */
public record FactTable(FileSpec file, String table, String joins, String resolved, List<String> columns,
        List<String> values, List<String> key) {

    static FactTable of(FileSpec file, String table, String joins, String resolved, String... columnsAndValues) {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            columns.add(columnsAndValues[i]);
            values.add(columnsAndValues[i + 1]);
        }
        return new FactTable(file, table, joins, resolved, List.copyOf(columns), List.copyOf(values), List.of());
    }

    /**
     * The same, its rows known by these columns: a row not already stored whose key a stored row has corrects it
     * ({@link #corrections}, {@link #replace}).
     */
    FactTable knownBy(String... keyColumns) {
        return new FactTable(file, table, joins, resolved, columns, values, List.of(keyColumns));
    }

    /** The key of the staged row {@code s}, as a row constructor: its values for the key's columns. */
    private String stagedKey() {
        return "(" + key.stream().map(k -> values.get(columns.indexOf(k))).collect(Collectors.joining(", ")) + ")";
    }

    private String storedKey(String alias) {
        return "(" + key.stream().map(k -> alias + "." + k).collect(Collectors.joining(", ")) + ")";
    }

    /** How many of the rows not already stored correct a stored row: a stored row has their key. */
    String corrections() {
        return """
                select count(*) from %1$s s %2$s
                where not s.present and %3$s
                  and exists (select 1 from %4$s t where %5$s is not distinct from %6$s)
                """.formatted(file.stagingTable(), joins, resolved, table, storedKey("t"), stagedKey());
    }

    /**
     * Moves the stored rows that rows of import :id correct to {@code fact_replaced}, whole, so that undoing the
     * import puts them back (V121).
     */
    String replace() {
        return """
                with corrected as (select distinct %1$s as k from %2$s s %3$s where not s.present and %4$s),
                replaced as (
                    delete from %5$s t using corrected c where %6$s is not distinct from c.k
                    returning t.*)
                insert into fact_replaced (table_name, row, import_id, replaced_by)
                select '%5$s', to_jsonb(replaced), import_id, :id from replaced
                """.formatted(stagedKey(), file.stagingTable(), joins, resolved, table, storedKey("t"));
    }

    /** Writes the rows not already stored, marked with import :id, in the file's order. */
    public String insert() {
        return "insert into " + table + " (" + String.join(", ", columns) + ", import_id) select "
                + String.join(", ", values) + ", :id from " + file.stagingTable() + " s " + joins
                + " where not s.present order by s.line";
    }

    /**
     * The imports whose stored rows are alike to rows of the file found present, into {@code stg_resent}: all of
     * a group's, whichever of them a row was matched with one to one.
     */
    String resent() {
        String named = IntStream.range(0, columns.size()).mapToObj(i -> values.get(i) + " as " + columns.get(i))
                .collect(Collectors.joining(", "));
        String all = String.join(", ", columns);
        return """
                insert into stg_resent (file, import_id)
                select distinct '%1$s', import_id
                from (select import_id, bool_or(line is not null) over (partition by %5$s) as resent
                      from (select s.line, null::bigint as import_id, %2$s from %3$s s %4$s where s.present
                            union all
                            select null, import_id, %5$s from %6$s) u) x
                where import_id is not null and resent
                """.formatted(file.baseName(), named, file.stagingTable(), joins, all, table);
    }

    /**
     * Marks {@code present} the rows identical in every column to a stored row, one to one: the rows of the
     * file and of the table that are alike form a group, and the k-th row of the file in a group is present when
     * the group holds at least k stored rows.
     */
    String match() {
        String named = IntStream.range(0, columns.size()).mapToObj(i -> values.get(i) + " as " + columns.get(i))
                .collect(Collectors.joining(", "));
        String all = String.join(", ", columns);
        return """
                update %1$s s set present = true
                from (select line
                      from (select line, count(*) filter (where line is null) over w as stored,
                                   row_number() over (w order by line) as copy
                            from (select s.line, %2$s from %1$s s %3$s where %4$s
                                  union all
                                  select null, %5$s from %6$s) u
                            window w as (partition by %5$s)) c
                      where line is not null and copy <= stored) m
                where m.line = s.line
                """.formatted(file.stagingTable(), named, joins, resolved, all, table);
    }
}
