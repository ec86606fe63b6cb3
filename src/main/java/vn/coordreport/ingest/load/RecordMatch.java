package vn.coordreport.ingest.load;

import java.util.BitSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.messages.Messages;

/**
 * Re-submitted records (import format 1.1), set-based. When {@code record}
 * holds rows, or the file has a {@code ref} column, the records are staged, by
 * id, in {@code stg_records} instead of going straight into {@code record};
 * each row is then new, already present or a correction ({@link #MATCH}), and
 * only the new ones and the corrections are written ({@link #INSERT}), the
 * stored rows that corrections replace moving to {@code record_replaced} ({@link #REPLACE}).
 * <ul>
 * <li>a row with a ref is the stored row of the same agreement, agency and ref:
 * present when its other values are the same, a correction when not;</li>
 * <li>a row without one is present when a stored row without one has the same
 * values in every column, one to one: a row the file holds n times and the
 * database m times is written n - m times (when n &gt; m);</li>
 * <li>a row with a ref that the database does not hold, identical in every other
 * column to a stored row without one that no row of the file without one took,
 * is that row, one to one: present, the stored row giving way to it, ref and all
 * ({@link #ADOPT}), so that an agency that begins to number its register's rows
 * does not count every figure twice.</li>
 * </ul>
 * Two rows of one file with the same agreement, agency and ref are one row given
 * twice when their values are the same, and an error otherwise ({@link #DUPLICATE_REFS}).
 */
public final class RecordMatch {

    private RecordMatch() {
    }

    /** The values of a record, in the order of {@link RecordLoader#COPY}. */
    private static final String VALUES = "agreement_id, indicator_id, occurred_on, quantity, amount_vnd, counterpart, "
            + "agency_id, note";

    /**
     * The same values to group by: text byte by byte, so that a sort, should PostgreSQL group by sorting, does not
     * compare by the database's locale (equality is the same in every deterministic collation).
     */
    private static final String GROUPED = VALUES.replace("counterpart", "counterpart collate \"C\" as counterpart")
            .replace("note", "note collate \"C\" as note");

    /** What a ref names besides the ref: the values that must be the same for the row to be present. */
    private static final String REF_VALUES = "(%1$s.indicator_id, %1$s.occurred_on, %1$s.quantity, %1$s.amount_vnd, "
            + "%1$s.counterpart, %1$s.note)";

    /**
     * The records read, by id (in a dry run a code that exists only in this import gets an id of its own below
     * zero, which no stored row has); and those of them that are to be written, status N (new) or C (a
     * correction). The others are already present.
     */
    static final List<String> CREATE_STAGING = List.of("""
            create temp table stg_records (line bigint not null, agreement_id int not null, indicator_id int not null,
                occurred_on date not null, quantity numeric(18, 3) not null, amount_vnd bigint, counterpart text,
                agency_id int, note text, ref text) on commit drop
            """, """
            create temp table stg_records_written (like stg_records, status "char" not null) on commit drop
            """);

    /** The binary COPY of {@link RecordLoader} into the staging table: the line first, the ref last. */
    static final String COPY = "copy stg_records (line, " + VALUES + ", ref) from stdin (format binary)";

    /** Two rows of the file with one ref and other values: a problem on the later line, naming the first. */
    public static final String DUPLICATE_REFS = """
            select s.line, 'ref' as col,
                   'import.record.refTwice' as message, array[format('%%L', s.ref), s.first::text] as args
            from (select *, min(line) over (partition by agreement_id, coalesce(agency_id, 0), ref) as first
                  from stg_records where ref is not null) s
            join stg_records f on f.line = s.first
            where s.line > s.first and %s is distinct from %s
            """.formatted(REF_VALUES.formatted("s"), REF_VALUES.formatted("f"));

    /**
     * The rows to write, into stg_records_written. Without a ref: the file's rows and the stored rows of the same
     * agreements grouped by their values (one hash aggregate, no sort), a group written as many times as the file
     * holds it more often than the database, numbered by its first line; a group the file and the database both
     * hold names the first and the last import of its stored rows in {@code stg_resent} (three imports that
     * stored one row alike are rare: a middle one is not named). With one: the first row of each ref that the
     * database does not hold, or holds with other values.
     */
    static final List<String> MATCH = List.of("""
            with g as (
                select %1$s, count(*) filter (where line is null) as stored, count(line) as given, min(line) as first,
                       min(import_id) as first_import, max(import_id) as last_import
                from (select line, null::bigint as import_id, %2$s from stg_records where ref is null
                      union all
                      select null, import_id, %2$s from record
                      where ref is null
                        and agreement_id in (select agreement_id from stg_records where ref is null)) u
                group by %1$s),
            resent as (
                insert into stg_resent (file, import_id)
                select distinct 'records', unnest(array[first_import, last_import]) from g where given > 0 and stored > 0)
            insert into stg_records_written (line, %1$s, status)
            select first, %1$s, 'N'
            from g
            cross join lateral generate_series(1, given - stored)
            where given > stored
            """.formatted(VALUES, GROUPED), """
            insert into stg_records_written (line, %1$s, ref, status)
            select s.line, %2$s, s.ref, case when r.ref is null then 'N' else 'C' end
            from (select *, min(line) over (partition by agreement_id, coalesce(agency_id, 0), ref) as first
                  from stg_records where ref is not null) s
            left join record r on r.ref is not null and r.ref = s.ref and r.agreement_id = s.agreement_id
                              and coalesce(r.agency_id, 0) = coalesce(s.agency_id, 0)
            where s.line = s.first and (r.ref is null or %3$s is distinct from %4$s)
            """.formatted(VALUES, "s." + VALUES.replace(", ", ", s."), REF_VALUES.formatted("s"),
            REF_VALUES.formatted("r")));

    /** The values of a record as {@code alias} names them: {@code w.agreement_id, w.indicator_id, ...}. */
    private static String columnsOf(String alias) {
        return alias + "." + VALUES.replace(", ", ", " + alias + ".");
    }

    /** The same as one row, to compare with {@code is not distinct from} (amount, counterpart, agency, note may be null). */
    private static String valuesOf(String alias) {
        return "(" + columnsOf(alias) + ")";
    }

    /**
     * The rows with a ref found new that a stored row without one holds in every other column: status A (adopted),
     * one to one with the stored rows that the file's rows without a ref do not take.
     */
    static final String ADOPT = """
            with pool as (
                select %1$s, count(*) filter (where line is null) - count(line) as free
                from (select line, %2$s from stg_records where ref is null
                      union all
                      select null, %2$s from record
                      where ref is null
                        and agreement_id in (select agreement_id from stg_records_written
                                             where status = 'N' and ref is not null)) u
                group by %1$s
                having count(*) filter (where line is null) > count(line)),
            candidates as (
                select w.line, row_number() over (partition by %5$s order by w.line) as n, p.free
                from stg_records_written w
                join pool p on %3$s is not distinct from %4$s
                where w.status = 'N' and w.ref is not null)
            update stg_records_written w set status = 'A'
            from candidates c
            where c.line = w.line and c.n <= c.free
            """.formatted(VALUES, GROUPED, valuesOf("w"), valuesOf("p"), columnsOf("w"));

    /** New, already present and corrected: present are the rows read that are not written, and those adopted. */
    static final String COUNT = """
            select count(*) filter (where status = 'N') as added,
                   (select count(*) from stg_records) - count(*) filter (where status in ('N', 'C')) as present,
                   count(*) filter (where status = 'C') as corrected
            from stg_records_written
            """;

    /**
     * The imports whose stored records rows of the file with a ref were found to be, into {@code stg_resent}: the
     * stored row of its ref. (Those of the rows without one go there as {@link #MATCH} groups them.)
     */
    static final String RESENT = """
            insert into stg_resent (file, import_id)
            select distinct 'records', r.import_id
            from stg_records s
            join record r on r.ref is not null and r.ref = s.ref and r.agreement_id = s.agreement_id
                         and coalesce(r.agency_id, 0) = coalesce(s.agency_id, 0)
            where s.ref is not null and %1$s is not distinct from %2$s
            """.formatted(REF_VALUES.formatted("s"), REF_VALUES.formatted("r"));

    /** The rows adopted, which are written though present. */
    static final String ADOPTED = "select count(*) from stg_records_written where status = 'A'";

    /** The stored rows that the corrections of import :id replace, moved out of record. */
    static final String REPLACE = """
            with replaced as (
                delete from record r using stg_records_written s
                where s.status = 'C' and r.ref is not null and r.ref = s.ref and r.agreement_id = s.agreement_id
                  and coalesce(r.agency_id, 0) = coalesce(s.agency_id, 0)
                returning r.*)
            insert into record_replaced (%1$s, ref, import_id, replaced_by)
            select %1$s, ref, import_id, :id from replaced
            """.formatted(VALUES);

    /**
     * The stored rows without a ref that the adopted rows of import :id replace, as many of each values as were
     * adopted, moved out of record (undoing the import brings them back).
     */
    static final String REPLACE_ADOPTED = """
            with adopted as (
                select %1$s, count(*) as k from stg_records_written where status = 'A' group by %1$s),
            stored as (
                select r.ctid as place, a.k,
                       row_number() over (partition by %3$s order by r.import_id) as n
                from record r join adopted a on %2$s is not distinct from %4$s
                where r.ref is null),
            replaced as (
                delete from record r using stored s
                where r.ctid = s.place and s.n <= s.k
                returning r.*)
            insert into record_replaced (%1$s, ref, import_id, replaced_by)
            select %1$s, ref, import_id, :id from replaced
            """.formatted(VALUES, valuesOf("r"), columnsOf("r"), valuesOf("a"));

    /** The new rows, the corrections and the rows adopted, in the file's order. */
    static final String INSERT = """
            insert into record (%1$s, ref, import_id)
            select %1$s, ref, :id from stg_records_written order by line
            """.formatted(VALUES);

    /** The agreements whose records the import changes. */
    static BitSet changedAgreements(JdbcClient jdbc) {
        BitSet ids = new BitSet();
        jdbc.sql("select distinct agreement_id from stg_records_written").query(Integer.class).list().forEach(ids::set);
        return ids;
    }
}
