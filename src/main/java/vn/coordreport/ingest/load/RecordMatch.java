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
 * database m times is written n - m times (when n &gt; m).</li>
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
     * holds it more often than the database, numbered by its first line. With one: the first row of each ref that
     * the database does not hold, or holds with other values.
     */
    static final List<String> MATCH = List.of("""
            insert into stg_records_written (line, %1$s, status)
            select first, %1$s, 'N'
            from (select %1$s, count(*) filter (where line is null) as stored, count(line) as given, min(line) as first
                  from (select line, %2$s from stg_records where ref is null
                        union all
                        select null, %2$s from record
                        where ref is null
                          and agreement_id in (select agreement_id from stg_records where ref is null)) u
                  group by %1$s) g
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

    /** New, already present and corrected: present are the rows read that are not written. */
    static final String COUNT = """
            select count(*) filter (where status = 'N') as added,
                   (select count(*) from stg_records) - count(*) as present,
                   count(*) filter (where status = 'C') as corrected
            from stg_records_written
            """;

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

    /** The new rows and the corrections, in the file's order. */
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
