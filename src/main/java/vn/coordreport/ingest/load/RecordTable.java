package vn.coordreport.ingest.load;

import java.util.BitSet;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.ImportProperties;
import vn.coordreport.messages.Messages;

/**
 * The {@code record} table while records stream into it, inside the import's
 * transaction. For a load that is large next to the table (see
 * {@link ImportProperties}), it takes the table for itself (ACCESS EXCLUSIVE:
 * reports wait until the import ends), drops the indexes, and drops the
 * statement-level triggers that would keep every row of the load in a
 * transition table: the reference check of V10 and the revision bump of V85.
 * Dropped, not disabled: PostgreSQL fills the transition table of a disabled
 * trigger all the same (for 10 million rows a tuplestore spilled to temporary
 * files, 2 to 4 s of the COPY). {@link #loaded} bumps the loaded agreements'
 * revisions as the trigger would; {@link #finish} builds the indexes anew,
 * sorted once, and creates both triggers again as they were. That DDL is the
 * owner's: the application's role calls the functions of V98, which do those
 * steps on record and nothing else. Either way, the agreements, indicators and
 * agencies the rows refer to are locked {@code FOR KEY SHARE}, as a foreign key
 * would: they cannot be deleted until the import ends, and one deleted since
 * their ids were read fails the import. Everything is undone with the
 * transaction; {@link #undo} undoes the load alone (a records file whose
 * content turns out to be imported already).
 */
public final class RecordTable {

    /** As the revision trigger of V85 does for the agreements of the rows inserted. */
    private static final String BUMP_REVISIONS = """
            insert into input_revision (agreement_id, revision)
            select a, nextval('input_revision_seq') from unnest(cast(:ids as int[])) a
            on conflict (agreement_id) do update set revision = excluded.revision
            """;

    private final JdbcClient jdbc;
    private final boolean rebuilds;
    private final boolean empty;

    private RecordTable(JdbcClient jdbc, boolean rebuilds, boolean empty) {
        this.jdbc = jdbc;
        this.rebuilds = rebuilds;
        this.empty = empty;
    }

    /** Prepares a load of about {@code bytes} of records. */
    public static RecordTable open(JdbcClient jdbc, long bytes, ImportProperties settings) {
        jdbc.sql("savepoint record_load").update();
        if (!rebuild(jdbc, bytes, settings)) {
            return new RecordTable(jdbc, false, false);
        }
        boolean empty = jdbc.sql("select record_load_prepare()").query(Boolean.class).single();
        return new RecordTable(jdbc, true, empty);
    }

    private static boolean rebuild(JdbcClient jdbc, long bytes, ImportProperties settings) {
        if (settings.rebuildIndexes() == ImportProperties.Rebuild.NEVER) {
            return false;
        }
        Map<String, Object> table = jdbc.sql("""
                select has_function_privilege('record_load_prepare()', 'EXECUTE')
                       and has_function_privilege('record_load_restore()', 'EXECUTE') as allowed,
                       pg_table_size('record') as size
                """).query().singleRow();
        if (!(Boolean) table.get("allowed")) {
            return false;
        }
        return settings.rebuildIndexes() == ImportProperties.Rebuild.ALWAYS
                || bytes >= settings.rebuildIndexesFrom().toBytes() && 2 * bytes >= ((Number) table.get("size")).longValue();
    }

    boolean rebuildsIndexes() {
        return rebuilds;
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
            throw new IllegalStateException(Messages.text("import.rowsDeleted", ids.cardinality(), table, locked));
        }
    }

    /** {@code BitSet.toString()}, {@code {1, 2, 5}}, is an int[] literal once the spaces are gone. */
    private static String intArray(BitSet ids) {
        return ids.toString().replace(" ", "");
    }

    /** Builds the indexes dropped by {@link #open} and creates the triggers again. */
    void finish(ImportProperties settings) {
        if (!rebuilds) {
            return;
        }
        jdbc.sql("set local maintenance_work_mem = '" + settings.maintenanceWorkMem().toMegabytes() + "MB'").update();
        jdbc.sql("select record_load_restore()").query().singleRow();
    }
}
