package vn.coordreport.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dhatim.fastexcel.reader.Sheet;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.check.CrossChecks;
import vn.coordreport.ingest.check.FutureDates;
import vn.coordreport.ingest.check.RecordNotices;
import vn.coordreport.ingest.check.RepeatedRows;
import vn.coordreport.ingest.check.TemplateDays;
import vn.coordreport.ingest.check.TaskStatuses;
import vn.coordreport.ingest.check.UntitledChairs;
import vn.coordreport.ingest.check.LockedPeriods;
import vn.coordreport.ingest.check.Problems;
import vn.coordreport.ingest.check.ProvinceLimit;
import vn.coordreport.ingest.check.RecordReferences;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.ingest.load.Applier;
import vn.coordreport.ingest.load.RecordImport;
import vn.coordreport.ingest.load.RecordLoader;
import vn.coordreport.ingest.load.Resubmission;
import vn.coordreport.ingest.load.StagedFile;
import vn.coordreport.ingest.load.Stager;
import vn.coordreport.ingest.load.Staging;
import vn.coordreport.ingest.read.CsvRows;
import vn.coordreport.ingest.read.Hashing;
import vn.coordreport.ingest.read.ImportSource;
import vn.coordreport.ingest.read.RowSource;
import vn.coordreport.ingest.read.XlsxRows;

/**
 * One import inside one transaction, in the order it happens: read every file of its {@link ImportSource} into
 * staging (package {@code read}, then {@code load}), skip content already imported, run the checks across files
 * (package {@code check}), count what each file's rows are (new, already present, corrected: {@link Resubmission}),
 * and (unless there are problems or it is a dry run) record and apply. The caller rolls back unless the outcome is
 * IMPORTED.
 */
final class ImportRun {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final ImportProvinces provinces;
    private final Stager stager;
    private final RecordImport records;
    private final Resubmission resubmission;
    private final Problems problems = new Problems();
    /** What a taken import should still have looked at ({@link ImportOutcome#notices()}). */
    private final Problems notices = new Problems();
    private final java.time.LocalDate today;
    private FutureDates futureDates;
    /** The period of the template an imported workbook is ({@link TemplateDays}); null for CSV files or another workbook. */
    private vn.coordreport.ingest.read.TemplatePeriod templatePeriod;
    private final CrossChecks crossChecks;
    private final ImportedFiles files = new ImportedFiles();
    /** The files staged, with the columns their headers named. */
    private final Map<FileSpec, Set<String>> staged = new EnumMap<>(FileSpec.class);
    /** The province a limited user may import data of; null for every province. */
    private final String provinceLimit;
    /** Whether every file could be read to its end. */
    private boolean readable = true;
    /**
     * Whether every catalogue file could be read to its end: then the codes the other files refer to are all known,
     * and their rows that could be read are checked against them even when a file of theirs could not be read whole.
     */
    private boolean catalogueReadable = true;
    private boolean dryRun;
    /** Whether the catalogue files were checked (before the first file that refers to them). */
    private boolean catalogueChecked;
    private boolean catalogueCounted;
    /**
     * Whether the catalogue files were read and found right: the other files' rows can then be matched with the rows
     * stored even when some of them have problems, to say in one round which would change a locked period.
     */
    private boolean catalogueClean;
    /** The import's id once it writes (the catalogue, then the records). */
    private Long importId;
    private String label;
    private String user;
    private long mark = System.nanoTime();

    /** @param today the day in the deployment's time zone: the dates of what has happened are not after it */
    ImportRun(JdbcClient jdbc, CopyManager copy, String provinceLimit, ImportProperties settings,
            java.time.LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
        this.ledger = new Ledger(jdbc, provinceLimit);
        this.provinces = new ImportProvinces(jdbc, provinceLimit);
        this.stager = new Stager(copy);
        this.provinceLimit = provinceLimit;
        this.records = new RecordImport(jdbc, copy, settings);
        this.resubmission = new Resubmission(jdbc, settings);
        this.crossChecks = new CrossChecks(jdbc, problems, provinceLimit, this::time);
    }

    /**
     * @param label what the import history records as its source (an upload's name rather than its temporary folder)
     */
    ImportOutcome run(ImportSource source, String label, boolean dryRun, String user) throws IOException, SQLException {
        this.dryRun = dryRun;
        this.futureDates = new FutureDates(today, dryRun);
        this.label = label;
        this.user = user;
        ledger.lock();
        Staging.create().forEach(sql -> jdbc.sql(sql).update());
        // records are matched in staging when a period is locked, so that the rows they would write are known
        records.stageAlways(LockedPeriods.prepare(jdbc));
        if (source instanceof ImportSource.Workbook book) {
            Optional<Long> by = ledger.importedBy(Hashing.of(book.path()));
            if (by.isPresent()) {
                return outcome(ImportStatus.ALREADY_IMPORTED, null, List.of(new ImportedFile(book.name(), 0, by.get())));
            }
            stageWorkbook(book);
        } else {
            stageCsvFiles((ImportSource.CsvFiles) source);
        }
        checkCatalogue();
        if (files.allSkipped() && !problems.any()) {
            return outcome(ImportStatus.ALREADY_IMPORTED, null, files.read());
        }
        time("staging");
        crossChecks.staged(CrossChecks.of(staged, staged.keySet().stream().filter(f -> !isCatalogue(f)).toList()),
                files::name);
        if (!catalogueReadable) {
            // a code of the catalogue file cut short would be named unknown in every row that refers to it
            crossChecks.dropAll();
        }
        if (problems.any()) {
            if (readable && catalogueClean && staged.containsKey(FileSpec.RECORDS)) {
                // the records right in themselves (their references, their province) are staged: those that would
                // change a locked period are said now too, not in a round of their own once the others are mended.
                // Not the other files', whose staged rows may be another province's, whose locks are not theirs to know
                records.counts(resubmission);
                crossChecks.run(LockedPeriods.checks(Set.of(FileSpec.RECORDS)), files::name);
            }
            return outcome(ImportStatus.REJECTED, null, files.read());
        }
        countCatalogue();
        files.counted(resubmission.facts(staged.keySet()));
        files.counted(Map.of(FileSpec.RECORDS, records.counts(resubmission)));
        time("matching with the rows stored");
        crossChecks.run(LockedPeriods.checks(staged.keySet()), files::name);
        if (problems.any()) {
            return outcome(ImportStatus.REJECTED, null, files.read());
        }
        futureDates.staged(jdbc, staged.keySet(), files::name, notices.source());
        new RepeatedRows(dryRun).staged(jdbc, staged.keySet(), files::name, notices.source());
        new RecordNotices(dryRun).staged(jdbc, staged.keySet(), files::name, notices.source());
        if (templatePeriod != null) {
            new TemplateDays(templatePeriod, dryRun).staged(jdbc, staged.keySet(), files::name, notices.source());
        }
        new UntitledChairs(dryRun).staged(jdbc, staged.keySet(), files::name, notices.source());
        new TaskStatuses(dryRun).staged(jdbc, staged.keySet(), files::name, notices.source());
        if (dryRun) {
            return outcome(ImportStatus.VALIDATED, null, files.read());
        }
        applyCatalogue();
        records.apply(importId, files.counts(FileSpec.RECORDS));
        time("records written");
        Applier.factsAfterRecords(jdbc, importId, this::time);
        records.finish();
        time("indexes of record");
        resubmission.remember(importId);
        ledger.close(importId, files.ledgerEntries());
        provinces.record(importId);
        return outcome(ImportStatus.IMPORTED, importId, files.read());
    }

    /** A file (null: the import's source as a whole) that could not be read to its end. */
    private void unreadable(FileSpec spec) {
        readable = false;
        if (spec == null || isCatalogue(spec)) {
            catalogueReadable = false;
        }
    }

    /** The files every other refers to: agencies, fields, indicators, agreements, recipients. */
    private static boolean isCatalogue(FileSpec spec) {
        return spec.ordinal() < FileSpec.RECORDS.ordinal();
    }

    /**
     * Once the catalogue files are staged: prepares the staging tables that depend on them
     * ({@link Staging#PREPARE}) and runs the catalogue's checks, so that records can be checked against it.
     */
    private void checkCatalogue() {
        if (catalogueChecked) {
            return;
        }
        catalogueChecked = true;
        Staging.PREPARE.forEach(sql -> jdbc.sql(sql).update());
        if (provinceLimit != null) {
            jdbc.sql(ProvinceLimit.OWN_STAR_RECIPIENTS).param("province", provinceLimit).update();
        }
        time("prepare");
        crossChecks.staged(CrossChecks.of(staged, staged.keySet().stream().filter(ImportRun::isCatalogue).toList()),
                files::name);
        catalogueClean = readable && !problems.any();
    }

    /** Counts the catalogue files' rows, once, before the catalogue is written. */
    private void countCatalogue() {
        if (!catalogueCounted) {
            catalogueCounted = true;
            files.counted(resubmission.catalogue(staged.keySet()));
        }
    }

    /** Writes the catalogue (once), recording the import: from here on rows carry its id. */
    private void applyCatalogue() {
        if (importId == null) {
            countCatalogue();
            importId = ledger.open(label, user);
            Applier.catalogue(jdbc, importId, this::time);
        }
    }

    private ImportOutcome outcome(ImportStatus status, Long id, List<ImportedFile> read) {
        boolean taken = status == ImportStatus.IMPORTED || status == ImportStatus.VALIDATED;
        List<ImportedFile> shown = taken ? files.counted() : read;
        return new ImportOutcome(status, id, List.copyOf(shown), problems.first(files.order()), problems.count(),
                taken ? notices.first(files.order()) : List.of(), taken ? notices.count() : 0);
    }

    private void stageCsvFiles(ImportSource.CsvFiles csv) throws IOException, SQLException {
        for (var entry : csv.files(p -> problems.source().add(p)).entrySet()) {
            if (entry.getKey() == FileSpec.RECORDS) {
                loadRecords(entry.getValue());
            } else {
                stageCsv(entry.getKey(), entry.getValue());
            }
        }
    }

    private void stageCsv(FileSpec spec, Path file) throws IOException, SQLException {
        String name = file.getFileName().toString();
        files.named(spec, name);
        if (!isCatalogue(spec)) {
            checkCatalogue();
        }
        MessageDigest digest = Hashing.sha256();
        Problems.Source found = problems.source();
        StagedFile result;
        String sha;
        try (InputStream in = Hashing.open(file, digest); CsvRows rows = new CsvRows(in, spec.columnNames())) {
            result = stager.stage(spec, name, rows, found);
            if (!result.readable()) {
                // the import is refused for this file whatever else it holds: no need to read the rest for a hash
                files.read(new ImportedFile(name, result.rows(), null));
                unreadable(spec);
                if (!isCatalogue(spec) && result.rows() > 0) {
                    // its rows read before the line that could not be are checked against the catalogue, in this
                    // round: their unknown codes are not left for the next
                    staged.put(spec, result.columns());
                }
                return;
            }
            sha = Hashing.finish(in, digest);
        }
        Optional<Long> by = ledger.importedBy(sha);
        if (by.isPresent()) {
            problems.drop(found);
            Staging.keepSkippedProvinces(spec).ifPresent(sql -> jdbc.sql(sql).update());
            jdbc.sql("truncate " + spec.stagingTable()).update();
            files.read(new ImportedFile(name, result.rows(), by.get()));
            return;
        }
        files.read(new ImportedFile(name, result.rows(), null));
        files.record(name, sha, result.rows());
        provinces.staged(name, spec);
        staged.put(spec, result.columns());
    }

    private void stageWorkbook(ImportSource.Workbook book) throws IOException, SQLException {
        Problems.Source damage = problems.source();
        Optional<ImportSource.Workbook.Opened> opened = book.open(damage::add);
        if (opened.isEmpty()) {
            unreadable(null);
            return;
        }
        try (ImportSource.Workbook.Opened workbook = opened.get()) {
            templatePeriod = workbook.facts().period();
            long rows = 0;
            for (Map.Entry<FileSpec, Sheet> entry : book.sheets(workbook.workbook(), p -> problems.source().add(p))
                    .entrySet()) {
                FileSpec spec = entry.getKey();
                String name = book.sheetName(spec);
                files.named(spec, name);
                if (!isCatalogue(spec)) {
                    checkCatalogue();
                }
                StagedFile result;
                try (XlsxRows sheet = new XlsxRows(entry.getValue(), spec.columnNames(), workbook.facts())) {
                    if (spec == FileSpec.RECORDS) {
                        RecordLoader.Loaded loaded = loadRecords(name, sheet, 4 * Files.size(book.path()),
                                problems.source()).loaded();
                        provinces.records(book.name(), loaded);
                        result = loaded.file();
                    } else {
                        result = stager.stage(spec, name, sheet, problems.source());
                    }
                }
                files.read(new ImportedFile(name, result.rows(), null));
                if (spec != FileSpec.RECORDS) {
                    provinces.staged(book.name(), spec);
                }
                if (spec != FileSpec.RECORDS || records.mode() == RecordImport.Mode.STAGE) {
                    staged.put(spec, result.columns());
                }
                if (!result.readable()) {
                    unreadable(spec);
                }
                rows += result.rows();
            }
            files.record(book.name(), Hashing.of(book.path()), rows);
        }
    }

    /**
     * records.csv: checked in Java and copied into {@code record} or its staging table when the import can still
     * be applied (no problem so far; see {@link RecordImport}); only checked otherwise. A file whose content turns
     * out to be imported already is undone and skipped, as any other file.
     */
    private void loadRecords(Path file) throws IOException, SQLException {
        String name = file.getFileName().toString();
        MessageDigest digest = Hashing.sha256();
        Problems.Source parse = problems.source();
        RecordLoad load;
        String sha;
        try (InputStream in = Hashing.open(file, digest);
                CsvRows rows = new CsvRows(in, FileSpec.RECORDS.columnNames())) {
            load = loadRecords(name, rows, Files.size(file), parse);
            sha = Hashing.finish(in, digest);
        }
        StagedFile result = load.loaded().file();
        Optional<Long> by = ledger.importedBy(sha);
        if (by.isPresent()) {
            problems.drop(parse);
            load.checks().forEach(problems::drop);
            records.skip();
            files.read(new ImportedFile(name, result.rows(), by.get()));
            return;
        }
        files.read(new ImportedFile(name, result.rows(), null));
        files.record(name, sha, result.rows());
        provinces.records(name, load.loaded());
        if (records.mode() == RecordImport.Mode.STAGE) {
            staged.put(FileSpec.RECORDS, result.columns());
        }
        if (!result.readable()) {
            unreadable(FileSpec.RECORDS);
        }
    }

    private record RecordLoad(RecordLoader.Loaded loaded, List<Problems.Source> checks) {
    }

    private RecordLoad loadRecords(String name, RowSource rows, long bytes, Problems.Source parse)
            throws IOException, SQLException {
        files.named(FileSpec.RECORDS, name);
        checkCatalogue();
        boolean clean = readable && !problems.any();
        boolean write = !dryRun && clean;
        if (write) {
            applyCatalogue();
        }
        RecordReferences references = RecordReferences.load(jdbc, provinceLimit);
        List<Problems.Source> checks = crossChecks.sources(RecordLoader.CHECK_SOURCES);
        FutureDates.Column future = futureDates.new Column(name, "date");
        RecordLoader.Loaded loaded = new RecordLoader(name, references, provinceLimit, parse, checks, future)
                .load(rows, records.target(clean, dryRun, bytes), write ? importId : 0);
        future.notice().ifPresent(notices.source()::add);
        time("records: " + loaded.file().rows() + " read, " + loaded.written() + " written, " + records.mode()
                + (records.rebuildsIndexes() ? " (indexes dropped)" : ""));
        records.loaded(loaded);
        return new RecordLoad(loaded, checks);
    }

    private void time(String what) {
        if (Boolean.getBoolean("coordreport.import.timing")) {
            long now = System.nanoTime();
            System.err.printf("import timing: %-60.60s %8.3f s%n", what.replaceAll("\\s+", " ").trim(), (now - mark) / 1e9);
            mark = now;
        }
    }
}
