package vn.coordreport.ingest;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code record} table while records stream into it, inside the import's
 * transaction. For a load that is large next to the table (see
 * {@link ImportProperties}), and when the database user owns the table, it
 * takes the table for itself (ACCESS EXCLUSIVE: reports wait until the import
 * ends), drops the indexes, and drops the statement-level triggers that
 * would keep every row of the load in a transition table: the reference check
 * of V10 and the revision bump of V85. Dropped, not disabled: PostgreSQL fills
 * the transition table of a disabled trigger all the same (for 10 million rows
 * a tuplestore spilled to temporary files, 2 to 4 s of the COPY).
 * {@link #loaded} bumps the loaded agreements' revisions as the trigger would;
 * {@link #finish} builds the indexes anew, sorted once, and creates both
 * triggers again as they were. Either way, the agreements, indicators and
 * agencies the rows refer to are locked {@code FOR KEY SHARE}, as a foreign key
 * would: they cannot be deleted until the import ends, and one deleted since
 * their ids were read fails the import. Everything is undone with the
 * transaction; {@link #undo} undoes the load alone (a records file whose
 * content turns out to be imported already).
 */
final class RecordTable {

    /** The trigger of V10 that checks the references of rows inserted into record. */
    private static final String REFERENCE_TRIGGER = "record_references_on_insert";
    /** The trigger of V85 that bumps the revision of the agreements of rows inserted into record. */
    private static final String REVISION_TRIGGER = "record_revision_on_insert";

    /** As the revision trigger of V85 does for the agreements of the rows inserted. */
    private static final String BUMP_REVISIONS = """
            insert into input_revision (agreement_id, revision)
            select a, nextval('input_revision_seq') from unnest(cast(:ids as int[])) a
            on conflict (agreement_id) do update set revision = excluded.revision
            """;

    private final JdbcClient jdbc;
    private final List<Map<String, Object>> indexes;
    /** The definitions of the triggers dropped for the load. */
    private final List<String> triggers;
    private final boolean empty;

    private RecordTable(JdbcClient jdbc, List<Map<String, Object>> indexes, List<String> triggers, boolean empty) {
        this.jdbc = jdbc;
        this.indexes = indexes;
        this.triggers = triggers;
        this.empty = empty;
    }

    /** Prepares a load of about {@code bytes} of records. */
    static RecordTable open(JdbcClient jdbc, long bytes, ImportProperties settings) {
        jdbc.sql("savepoint record_load").update();
        if (!rebuild(jdbc, bytes, settings)) {
            return new RecordTable(jdbc, null, List.of(), false);
        }
        jdbc.sql("lock table record in access exclusive mode").update();
        List<Map<String, Object>> indexes = jdbc.sql("""
                select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
                from pg_index i
                where i.indrelid = 'record'::regclass
                  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                order by 1
                """).query().listOfRows();
        for (Map<String, Object> index : indexes) {
            jdbc.sql("drop index " + index.get("name")).update();
        }
        List<String> triggers = jdbc.sql("""
                select pg_get_triggerdef(t.oid) from pg_trigger t
                where t.tgrelid = 'record'::regclass and t.tgname in (:names)
                order by t.tgname
                """).param("names", List.of(REFERENCE_TRIGGER, REVISION_TRIGGER)).query(String.class).list();
        jdbc.sql("drop trigger " + REFERENCE_TRIGGER + " on record").update();
        jdbc.sql("drop trigger " + REVISION_TRIGGER + " on record").update();
        boolean empty = jdbc.sql("select not exists (select 1 from record)").query(Boolean.class).single();
        if (empty) {
            jdbc.sql("truncate record").update();
        }
        return new RecordTable(jdbc, indexes, triggers, empty);
    }

    private static boolean rebuild(JdbcClient jdbc, long bytes, ImportProperties settings) {
        if (settings.rebuildIndexes() == ImportProperties.Rebuild.NEVER) {
            return false;
        }
        Map<String, Object> table = jdbc.sql("""
                select pg_has_role(c.relowner, 'USAGE') as owner, pg_table_size(c.oid) as size
                from pg_class c where c.oid = 'record'::regclass
                """).query().singleRow();
        if (!(Boolean) table.get("owner")) {
            return false;
        }
        return settings.rebuildIndexes() == ImportProperties.Rebuild.ALWAYS
                || bytes >= settings.rebuildIndexesFrom().toBytes() && 2 * bytes >= ((Number) table.get("size")).longValue();
    }

    boolean rebuildsIndexes() {
        return indexes != null;
    }

    /**
     * The COPY of {@link RecordLoader}. Into a table emptied in this transaction (the first load, the usual
     * large one) the rows are written frozen and visible to all: no later pass of VACUUM has to visit them
     * before index-only scans can skip the table, and a server at wal_level minimal writes no WAL for them.
     */
    String copy() {
        return RecordLoader.COPY.replace("(format binary)", empty ? "(format binary, freeze)" : "(format binary)");
    }

    /** Forgets the load: the rows, and the indexes dropped for it, are as before {@link #open}. */
    void undo() {
        jdbc.sql("rollback to savepoint record_load").update();
    }

    /**
     * Once the rows are written: locks what they refer to, as foreign keys would (fails when a row is gone), and,
     * while the revision trigger is dropped, bumps the revisions of the agreements loaded as it would have.
     */
    void loaded(RecordLoader.Loaded loaded) {
        lock("agreement", loaded.agreements());
        lock("indicator", loaded.indicators());
        lock("agency", loaded.agencies());
        if (rebuildsIndexes() && !loaded.agreements().isEmpty()) {
            jdbc.sql(BUMP_REVISIONS).param("ids", intArray(loaded.agreements())).update();
        }
    }

    private void lock(String table, BitSet ids) {
        if (ids.isEmpty()) {
            return;
        }
        long locked = jdbc.sql("select count(*) from (select id from " + table
                + " where id = any(cast(:ids as int[])) for key share) k")
                .param("ids", intArray(ids)).query(Long.class).single();
        if (locked != ids.cardinality()) {
            throw new IllegalStateException("the import refers to " + ids.cardinality() + " rows of " + table + " but "
                    + locked + " exist: one was deleted while the import ran; import again");
        }
    }

    /** {@code BitSet.toString()}, {@code {1, 2, 5}}, is an int[] literal once the spaces are gone. */
    private static String intArray(BitSet ids) {
        return ids.toString().replace(" ", "");
    }

    /** Builds the indexes dropped by {@link #open} and creates the triggers again. */
    void finish(ImportProperties settings) {
        if (indexes == null) {
            return;
        }
        jdbc.sql("set local maintenance_work_mem = '" + settings.maintenanceWorkMem().toMegabytes() + "MB'").update();
        for (Map<String, Object> index : indexes) {
            jdbc.sql((String) index.get("definition")).update();
        }
        for (String trigger : triggers) {
            jdbc.sql(trigger).update();
        }
        jdbc.sql("analyze record").update();
    }
}
