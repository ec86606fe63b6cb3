package vn.coordreport.ingest.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.ImportProperties;
import vn.coordreport.ingest.ImportedFile.Counts;
import vn.coordreport.ingest.check.Catalogue;
import vn.coordreport.ingest.format.FileSpec;

/**
 * Which rows of an import's staged files are stored already (import format 1.1
 * "Re-submission"), counted per file: a catalogue row whose code is stored (the
 * checks made sure it is identical), a fact row identical to a stored one, one
 * to one ({@link FactTable#match}), a record as {@link RecordMatch} says. Asked
 * before anything the counts depend on is written, so that a dry run counts
 * what the import would do.
 */
public final class Resubmission {

    /**
     * The earlier imports whose stored rows this import's files hold again, per file (its base name): the import
     * remembers them ({@link #remember}) so that they are not undone from under it.
     */
    static final String CREATE_RESENT = "create temp table stg_resent (file text not null, import_id bigint not null) "
            + "on commit drop";

    /** What {@code stg_resent} holds, as import :id's own, for the earlier imports still applied. */
    private static final String REMEMBER = """
            insert into import_resent (import_id, earlier_id, file)
            select distinct :id, s.import_id, s.file
            from stg_resent s join import_batch b on b.id = s.import_id
            where b.status = 'APPLIED' and s.import_id <> :id
            """;

    private final JdbcClient jdbc;
    private final ImportProperties settings;

    public Resubmission(JdbcClient jdbc, ImportProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The catalogue files and the recipients, before the catalogue is written. */
    public Map<FileSpec, Counts> catalogue(Set<FileSpec> staged) {
        Map<FileSpec, Counts> counts = new EnumMap<>(FileSpec.class);
        for (Catalogue c : Catalogue.values()) {
            if (staged.contains(c.file)) {
                long present = jdbc.sql(c.present()).query(Long.class).single();
                if (present > 0) {
                    jdbc.sql(c.resent()).update();
                }
                counts.put(c.file, new Counts(rows(c.file) - present, present, 0));
            }
        }
        facts(staged, true, counts);
        return counts;
    }

    /** The other fact files but records, before they are written. */
    public Map<FileSpec, Counts> facts(Set<FileSpec> staged) {
        Map<FileSpec, Counts> counts = new EnumMap<>(FileSpec.class);
        facts(staged, false, counts);
        return counts;
    }

    private void facts(Set<FileSpec> staged, boolean catalogue, Map<FileSpec, Counts> counts) {
        for (FactTable fact : Applier.FACTS) {
            if (staged.contains(fact.file()) && (fact.file() == FileSpec.RECIPIENTS) == catalogue) {
                if (jdbc.sql("select exists (select 1 from " + fact.table() + ")").query(Boolean.class).single()) {
                    jdbc.sql(fact.match()).update();
                }
                long present = jdbc.sql("select count(*) from " + fact.file().stagingTable() + " where present")
                        .query(Long.class).single();
                if (present > 0) {
                    jdbc.sql(fact.resent()).update();
                }
                long corrected = fact.key().isEmpty() ? 0 : jdbc.sql(fact.corrections()).query(Long.class).single();
                counts.put(fact.file(), new Counts(rows(fact.file()) - present - corrected, present, corrected));
            }
        }
    }

    /**
     * The staged records: the rows to write, then the counts. The sort that matches the rows without a ref holds
     * the file's rows and the stored rows of its agreements: it gets the memory of the index builds, as it is of
     * their size.
     */
    Counts records() {
        jdbc.sql("set local work_mem = '" + settings.maintenanceWorkMem().toMegabytes() + "MB'").update();
        for (String sql : RecordMatch.MATCH) {
            jdbc.sql(sql).update();
        }
        jdbc.sql(RecordMatch.ADOPT).update();
        Counts counts = jdbc.sql(RecordMatch.COUNT).query(Counts.class).single();
        if (counts.present() > 0) {
            jdbc.sql(RecordMatch.RESENT).update();
        }
        jdbc.sql("set local work_mem to default").update();
        return counts;
    }

    /** Records, as import {@code importId}'s, which earlier imports' rows it found already stored. */
    public void remember(long importId) {
        jdbc.sql(REMEMBER).param("id", importId).update();
    }

    private long rows(FileSpec file) {
        return jdbc.sql("select count(*) from " + file.stagingTable()).query(Long.class).single();
    }
}
