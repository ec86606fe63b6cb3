package vn.coordreport.ingest;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.database.FigureLock;
import vn.coordreport.ingest.check.ProvinceLimit;

/** The record of imports: import_batch and import_file. */
final class Ledger {

    /** One file as recorded: a CSV file, or a workbook as a whole; what its rows were (null until counted). */
    record FileEntry(String name, String sha256, long rows, ImportedFile.Counts counts) {
    }

    private final JdbcClient jdbc;
    /** The province of a limited user, who is told only of imports of their province; null for every province. */
    private final String provinceLimit;

    Ledger(JdbcClient jdbc) {
        this(jdbc, null);
    }

    Ledger(JdbcClient jdbc, String provinceLimit) {
        this.jdbc = jdbc;
        this.provinceLimit = provinceLimit;
    }

    /**
     * Imports (and undos) run one at a time, so that two runs of the same file cannot both apply it, and never
     * beside an issue ({@link FigureLock}).
     */
    void lock() {
        FigureLock.toChange(jdbc);
    }

    /**
     * The applied (not undone) import that holds this content, if any; for a limited user, only a file of their
     * province ({@link ImportProvinces}) counts: content another province imported is checked as any other (and
     * fails the province checks), so that its existence is not revealed.
     */
    Optional<Long> importedBy(String sha256) {
        return jdbc.sql("""
                select f.import_id from import_file f join import_batch b on b.id = f.import_id
                where f.sha256 = :sha and b.status = 'APPLIED'
                  and (cast(:province as text) is null or %s = %s)
                order by f.import_id limit 1
                """.formatted(ProvinceLimit.key("f.province"), ProvinceLimit.key("cast(:province as text)")))
                .param("sha", sha256).param("province", provinceLimit, java.sql.Types.VARCHAR)
                .query(Long.class).optional();
    }

    /**
     * Starts the record of an import that is about to write: the rows written carry its id. The caller
     * rolls the transaction back if the import does not complete.
     */
    long open(String source, String user) {
        return jdbc.sql("""
                insert into import_batch (source, imported_by, status, files, rows)
                values (:source, :user, 'APPLIED', 0, 0) returning id
                """).param("source", source).param("user", user).query(Long.class).single();
    }

    /** Completes the record with the files imported and their rows. */
    void close(long id, List<FileEntry> files) {
        for (FileEntry file : files) {
            jdbc.sql("""
                    insert into import_file (import_id, name, sha256, rows, added, present, corrected)
                    values (:id, :name, :sha, :rows, :added, :present, :corrected)
                    """).param("id", id).param("name", file.name()).param("sha", file.sha256()).param("rows", file.rows())
                    .param("added", file.counts().added()).param("present", file.counts().present())
                    .param("corrected", file.counts().corrected()).update();
        }
        jdbc.sql("update import_batch set files = :files, rows = :rows where id = :id").param("id", id)
                .param("files", files.size()).param("rows", files.stream().mapToLong(FileEntry::rows).sum()).update();
    }

    List<ImportSummary> history() {
        return jdbc.sql("""
                select b.id, b.started_at, b.source, b.imported_by, b.status, b.files, b.rows, b.undone_at,
                       b.province, coalesce(f.added, 0) as added, coalesce(f.present, 0) as present,
                       coalesce(f.corrected, 0) as corrected
                from import_batch b
                left join (select import_id, sum(added) as added, sum(present) as present, sum(corrected) as corrected
                           from import_file group by import_id) f on f.import_id = b.id
                order by b.id
                """).query(ImportSummary.class).list();
    }
}
