package vn.coordreport.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.coordreport.files.TempFolders;
import vn.coordreport.ingest.check.ProvinceLimit;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.ingest.read.ImportSource;
import vn.coordreport.ingest.read.Upload;
import vn.coordreport.messages.Messages;

/**
 * The import of coordination data (shared/import-format.md): a folder of CSV
 * files or an .xlsx workbook, checked as a whole and applied in one
 * transaction, recorded, and undoable.
 */
@Service
public class Importer {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<MeterRegistry> meters;
    private final TempFolders temp;
    private final ImportProperties settings;
    private final Clock clock;

    Importer(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions,
            ObjectProvider<MeterRegistry> meters, TempFolders temp) {
        this(dataSource, jdbc, transactions, meters, temp, ImportProperties.defaults(),
                Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    /** @param clock tells today, in the deployment's time zone ({@link ImportOutcome#notices()}) */
    @Autowired
    Importer(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions,
            ObjectProvider<MeterRegistry> meters, TempFolders temp, ImportProperties settings, Clock clock) {
        this.clock = clock;
        this.meters = meters;
        this.temp = temp;
        this.settings = settings;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Imports a folder of CSV files, one CSV file or an .xlsx workbook, recording
     * the operating-system user as the importer. With {@code dryRun} everything
     * is checked and nothing written.
     *
     * @throws IllegalArgumentException when the path does not exist or cannot be read
     */
    public ImportOutcome importPath(Path path, boolean dryRun) {
        if (!Files.exists(path)) {
            throw new IllegalArgumentException(Messages.text("import.path.missing", path.toString()));
        }
        Path source = path.toAbsolutePath().normalize();
        return run(source, source.toString(), dryRun, System.getProperty("user.name", "unknown"), null);
    }

    /**
     * Imports an upload from a browser or another system: a {@code .zip} of CSV
     * files, one CSV file of the format (named as in a folder: {@code records.csv}) or an {@code .xlsx} workbook, unpacked safely into a temporary folder
     * (see {@link Upload}: entry names reduced to plain file names, inflated bytes
     * counted against a cap and against the compressed size), then checked and
     * applied exactly as {@link #importPath}; the folder is removed afterwards.
     *
     * @param fileName the name the client gave (its extension tells zip from xlsx); recorded as the source
     * @param user     who uploaded it, recorded in the import history
     * @param province for a user limited to one province, that province: the import is rejected, line by line,
     *                 where it touches another province's agencies or agreements, or the shared fields and
     *                 indicators (see {@link ProvinceLimit}); null for a user of every province
     * @throws IllegalArgumentException when the upload is not an acceptable zip or workbook
     */
    public ImportOutcome importUpload(String fileName, java.io.InputStream content, boolean dryRun, String user,
            String province) {
        Path folder = null;
        try {
            folder = temp.newFolder("upload-");
            Path unpacked = Upload.unpack(fileName, content, folder);
            return run(unpacked, "upload:" + Upload.baseName(fileName), dryRun, user, province);
        } catch (IOException e) {
            throw new IllegalArgumentException(Messages.text("import.upload.unreadable", Upload.baseName(fileName),
                    Messages.reason(e)), e);
        } finally {
            temp.remove(folder);
        }
    }

    /**
     * Imports CSV files made in memory, e.g. from the rows typed into the page's data-entry form: each is
     * written under its file name ({@code records.csv}, ...) into a temporary folder, which is then imported as
     * {@link #importUpload} imports an upload, with the same checks and messages, as one import.
     *
     * @param files  file name to content, names of the import format only
     * @param source what the import history records as the source, e.g. {@code form:09/QCPH/SNgV-BP 2021}
     */
    public ImportOutcome importFiles(java.util.Map<String, String> files, String source, boolean dryRun, String user,
            String province) {
        Path folder = null;
        try {
            folder = temp.newFolder("form-");
            for (var file : files.entrySet()) {
                if (!csvFileNames().contains(file.getKey())) {
                    throw new IllegalArgumentException(Messages.text("import.form.notAFile", file.getKey()));
                }
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            }
            return run(folder, source, dryRun, user, province);
        } catch (IOException e) {
            throw new IllegalStateException(Messages.text("import.form.unwritable", Messages.fileFailure(e)), e);
        } finally {
            temp.remove(folder);
        }
    }

    /**
     * The file names of the import format's CSV files ({@code agencies.csv}, ... {@code assessments.csv}), in the
     * order they are applied: what a single uploaded CSV file must be called.
     */
    public static List<String> csvFileNames() {
        return java.util.Arrays.stream(FileSpec.values()).map(f -> f.baseName() + ".csv").toList();
    }

    private ImportOutcome run(Path source, String label, boolean dryRun, String user, String province) {
        ImportOutcome imported = transaction.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                ImportRun run = new ImportRun(jdbc, connection.unwrap(PGConnection.class).getCopyAPI(), province, settings,
                        LocalDate.now(clock));
                ImportOutcome outcome = run.run(ImportSource.of(source), label, dryRun, user);
                if (outcome.status() != ImportStatus.IMPORTED) {
                    status.setRollbackOnly();
                }
                return outcome;
            } catch (IOException e) {
                throw new IllegalArgumentException(Messages.text("import.unreadable", label, Messages.reason(e)), e);
            } catch (SQLException e) {
                throw new IllegalStateException(Messages.text("import.failed", label, String.valueOf(e.getMessage())), e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
        countRows(imported);
        return imported;
    }

    /** {@code coordreport.import.rows}: the rows of every applied import (not dry runs, not refused ones). */
    private void countRows(ImportOutcome outcome) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null && outcome != null && outcome.status() == ImportStatus.IMPORTED) {
            registry.counter("coordreport.import.rows").increment(outcome.rows());
        }
    }

    /** Every import recorded, oldest first. */
    public List<ImportSummary> history() {
        return new Ledger(jdbc).history();
    }

    /**
     * Removes everything an import added, in one transaction, and marks it UNDONE.
     *
     * @throws IllegalArgumentException when there is no such applied import, or a later import still uses what it added
     */
    public UndoOutcome undo(long importId) {
        return transaction.execute(status -> {
            new Ledger(jdbc).lock();
            return new Undo(jdbc).undo(importId);
        });
    }
}
