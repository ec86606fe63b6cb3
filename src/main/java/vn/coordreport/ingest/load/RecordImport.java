package vn.coordreport.ingest.load;

import java.sql.SQLException;
import java.util.Set;

import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.ImportProperties;
import vn.coordreport.ingest.ImportedFile.Counts;
import vn.coordreport.ingest.check.LockedPeriods;

/**
 * The records file of one import, and which way its rows go, chosen once its
 * header is read:
 * <ul>
 * <li>{@code DIRECT}: straight into {@code record} ({@link RecordTable}) when
 * nothing stored can match them and the file is large: {@code record} is empty,
 * the file has no {@code ref} column (refs could repeat within the file) and is
 * over {@link #STAGED_UP_TO}. The first load, the large one, stays one COPY;</li>
 * <li>{@code STAGE}: otherwise into {@code stg_records}, then matched
 * ({@link RecordMatch}): only the new rows and the corrections are written,
 * once every file is checked, through the indexes or, when they are many,
 * with the indexes rebuilt;</li>
 * <li>{@code COUNT}: a dry run that would go {@code DIRECT}: every row is new;</li>
 * <li>{@code NONE}: nothing is written (a problem was found before, or the content was imported already).</li>
 * </ul>
 */
public final class RecordImport {

    public enum Mode { NONE, DIRECT, COUNT, STAGE }

    /**
     * A file up to this size (an agency's file of a period is some kilobytes) is staged even into an empty table:
     * it costs little, and its rows alike are then told ({@code RepeatedRows}), as on every later import.
     */
    static final long STAGED_UP_TO = 16L << 20;

    private final JdbcClient jdbc;
    private final CopyManager copy;
    private final ImportProperties settings;
    private Mode mode = Mode.NONE;
    private RecordTable table;
    private RecordLoader.Loaded loaded;
    private long bytes;
    private boolean stageAlways;

    public RecordImport(JdbcClient jdbc, CopyManager copy, ImportProperties settings) {
        this.jdbc = jdbc;
        this.copy = copy;
        this.settings = settings;
    }

    /**
     * Where the rows of a file of about {@code bytes} go: nowhere unless {@code clean} (no problem so far);
     * {@code dryRun}: nothing is written to {@code record}.
     */
    /** With {@code always}, records go through staging even into an empty table ({@link LockedPeriods} reads it). */
    public void stageAlways(boolean always) {
        this.stageAlways = always;
    }

    public RecordLoader.Target target(boolean clean, boolean dryRun, long bytes) {
        this.bytes = bytes;
        return columns -> open(columns, clean, dryRun);
    }

    private RecordLoader.Sink open(Set<String> columns, boolean clean, boolean dryRun) throws SQLException {
        if (!clean) {
            mode = Mode.NONE;
            return new RecordLoader.Sink(null, false, false);
        }
        if (stageAlways || columns.contains("ref") || bytes <= STAGED_UP_TO || jdbc.sql("select exists (select 1 from record)").query(Boolean.class).single()) {
            mode = Mode.STAGE;
            return new RecordLoader.Sink(new BinaryCopyRows(copy.copyIn(RecordMatch.COPY)), true, dryRun);
        }
        if (dryRun) {
            mode = Mode.COUNT;
            return new RecordLoader.Sink(null, false, false);
        }
        mode = Mode.DIRECT;
        table = RecordTable.open(jdbc, bytes, settings);
        return new RecordLoader.Sink(new BinaryCopyRows(copy.copyIn(table.copy())), false, false);
    }

    /** Once the file is read: locks what the rows written refer to. */
    public void loaded(RecordLoader.Loaded loaded) {
        this.loaded = loaded;
        if (table != null) {
            table.loaded(loaded);
        }
    }

    public Mode mode() {
        return mode;
    }

    /** The rows read while {@link #table} held the indexes dropped, for the timing. */
    public boolean rebuildsIndexes() {
        return table != null && table.rebuildsIndexes();
    }

    /** Forgets the file: its content was imported already. */
    public void skip() {
        if (table != null) {
            table.undo();
            table = null;
        }
        if (mode == Mode.STAGE) {
            jdbc.sql("truncate stg_records").update();
        }
        mode = Mode.NONE;
    }

    /** What the rows are: asked once every file is checked, before anything but the catalogue is written. */
    public Counts counts(Resubmission resubmission) {
        return switch (mode) {
            case NONE -> Counts.NONE;
            case DIRECT, COUNT -> Counts.allNew(loaded.file().rows());
            case STAGE -> resubmission.records();
        };
    }

    /**
     * Writes the staged rows that are new, corrections or adopted (import {@code id}), after moving the stored
     * rows the corrections and the adopted rows replace to {@code record_replaced}; the indexes are rebuilt when the rows written are many
     * (as for a direct load of their size).
     */
    public void apply(long id, Counts counts) {
        if (mode != Mode.STAGE) {
            return;
        }
        if (counts.corrected() > 0) {
            jdbc.sql(RecordMatch.REPLACE).param("id", id).update();
        }
        long adopted = jdbc.sql(RecordMatch.ADOPTED).query(Long.class).single();
        if (adopted > 0) {
            jdbc.sql(RecordMatch.REPLACE_ADOPTED).param("id", id).update();
        }
        long written = counts.added() + counts.corrected() + adopted;
        if (written == 0) {
            return;
        }
        long rows = Math.max(1, loaded.file().rows());
        table = RecordTable.open(jdbc, (long) ((double) bytes * written / rows), settings);
        jdbc.sql(RecordMatch.INSERT).param("id", id).update();
        table.loaded(new RecordLoader.Loaded(loaded.file(), written, RecordMatch.changedAgreements(jdbc),
                loaded.indicators(), loaded.agencies()));
    }

    /** Builds the indexes dropped, if any. */
    public void finish() {
        if (table != null) {
            table.finish(settings);
        }
    }
}
