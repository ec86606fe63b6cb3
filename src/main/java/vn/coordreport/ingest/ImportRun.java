package vn.coordreport.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.check.Checks;
import vn.coordreport.ingest.check.LockedPeriods;
import vn.coordreport.ingest.check.Problems;
import vn.coordreport.ingest.check.ProvinceLimit;
import vn.coordreport.ingest.check.RecordReferences;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.ingest.load.Applier;
import vn.coordreport.ingest.load.FactTable;
import vn.coordreport.ingest.load.RecordImport;
import vn.coordreport.ingest.load.RecordLoader;
import vn.coordreport.ingest.load.Resubmission;
import vn.coordreport.ingest.load.StagedFile;
import vn.coordreport.ingest.load.Stager;
import vn.coordreport.ingest.load.Staging;
import vn.coordreport.ingest.read.CsvRows;
import vn.coordreport.ingest.read.Hashing;
import vn.coordreport.ingest.read.RowSource;
import vn.coordreport.ingest.read.WorkbookCheck;
import vn.coordreport.ingest.read.XlsxRows;
import vn.coordreport.ingest.template.TemplateSheets;
import vn.coordreport.messages.Messages;

/**
 * One import inside one transaction: stage every file, skip content already
 * imported, check, count what each file's rows are (new, already present,
 * corrected: {@link Resubmission}), and (unless there are problems or it is a
 * dry run) record and apply. The caller rolls back unless the outcome is IMPORTED.
 */
final class ImportRun {

    private final JdbcClient jdbc;
    private final CopyManager copy;
    private final ImportProperties settings;
    private final Ledger ledger;
    private final ImportProvinces provinces;
    private final Stager stager;
    /** The problems of the checks across files, reported only when every file could be read. */
    private final List<Problems.Source> crossChecks = new ArrayList<>();
    private final Problems problems = new Problems();
    private final Map<String, Integer> fileOrder = new HashMap<>();
    private final Map<FileSpec, String> names = new EnumMap<>(FileSpec.class);
    private final Map<FileSpec, Set<String>> staged = new EnumMap<>(FileSpec.class);
    private final List<ImportedFile> files = new ArrayList<>();
    private final List<Ledger.FileEntry> entries = new ArrayList<>();
    private boolean readable = true;
    private boolean dryRun;
    private String source;
    private String user;
    /** Whether the catalogue files were checked (before the first file that refers to them). */
    private boolean catalogueChecked;
    /** The import's id once it writes (the catalogue, then the records). */
    private Long importId;
    private final RecordImport records;
    private final Resubmission resubmission;
    /** What the rows of each file are, once counted (before anything they depend on is written). */
    private final Map<FileSpec, ImportedFile.Counts> counts = new EnumMap<>(FileSpec.class);
    private boolean catalogueCounted;
    private long mark = System.nanoTime();

    private void time(String what) {
        if (Boolean.getBoolean("coordreport.import.timing")) {
            long now = System.nanoTime();
            System.err.printf("import timing: %-60.60s %8.3f s%n", what.replaceAll("\\s+", " ").trim(), (now - mark) / 1e9);
            mark = now;
        }
    }

    /** The province a limited user may import data of; null for every province. */
    private final String provinceLimit;

    ImportRun(JdbcClient jdbc, CopyManager copy, String provinceLimit, ImportProperties settings) {
        this.jdbc = jdbc;
        this.copy = copy;
        this.settings = settings;
        this.ledger = new Ledger(jdbc, provinceLimit);
        this.provinces = new ImportProvinces(jdbc, provinceLimit);
        this.stager = new Stager(copy);
        this.provinceLimit = provinceLimit;
        this.records = new RecordImport(jdbc, copy, settings);
        this.resubmission = new Resubmission(jdbc, settings);
    }

    /**
     * @param source what the import history records as its source (an upload's name rather than its temporary folder)
     */
    ImportOutcome run(Path path, String source, boolean dryRun, String user) throws IOException, SQLException {
        this.dryRun = dryRun;
        this.source = source;
        this.user = user;
        ledger.lock();
        Staging.create().forEach(sql -> jdbc.sql(sql).update());
        // records are matched in staging when a period is locked, so that the rows they would write are known
        records.stageAlways(LockedPeriods.prepare(jdbc));
        String name = path.getFileName().toString();
        if (Files.isDirectory(path)) {
            stageFolder(path);
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            Optional<Long> by = ledger.importedBy(Hashing.of(path));
            if (by.isPresent()) {
                return outcome(ImportStatus.ALREADY_IMPORTED, null, List.of(new ImportedFile(name, 0, by.get())));
            }
            stageWorkbook(path, name);
        } else {
            stageCsvFiles(List.of(path));
        }
        checkCatalogue();
        if (!files.isEmpty() && files.stream().allMatch(ImportedFile::skipped) && !problems.any()) {
            return outcome(ImportStatus.ALREADY_IMPORTED, null, files);
        }
        time("staging");
        check(staged.keySet().stream().filter(f -> !isCatalogue(f)).toList());
        if (!readable) {
            crossChecks.forEach(problems::drop);
        }
        if (problems.any()) {
            return outcome(ImportStatus.REJECTED, null, files);
        }
        countCatalogue();
        counts.putAll(resubmission.facts(staged.keySet()));
        counts.put(FileSpec.RECORDS, records.counts(resubmission));
        time("matching with the rows stored");
        report(LockedPeriods.checks(staged.keySet()));
        if (problems.any()) {
            return outcome(ImportStatus.REJECTED, null, files);
        }
        if (dryRun) {
            return outcome(ImportStatus.VALIDATED, null, files);
        }
        applyCatalogue();
        records.apply(importId, counts.get(FileSpec.RECORDS));
        time("records written");
        for (FactTable fact : Applier.factsAfterRecords()) {
            jdbc.sql(fact.insert()).param("id", importId).update();
            time(fact.insert());
        }
        records.finish();
        time("indexes of record");
        ledger.close(importId, ledgerEntries());
        provinces.record(importId);
        return outcome(ImportStatus.IMPORTED, importId, files);
    }

    /** Counts the catalogue files' rows, once, before the catalogue is written. */
    private void countCatalogue() {
        if (!catalogueCounted) {
            catalogueCounted = true;
            counts.putAll(resubmission.catalogue(staged.keySet()));
        }
    }

    /** The files recorded with their counts: a workbook's are its sheets'. */
    private List<Ledger.FileEntry> ledgerEntries() {
        List<ImportedFile> counted = counted();
        return entries.stream().map(e -> {
            ImportedFile.Counts sum = counted.stream()
                    .filter(f -> !f.skipped() && (f.name().equals(e.name()) || f.name().startsWith(e.name() + "/")))
                    .map(ImportedFile::counts).reduce(ImportedFile.Counts.NONE, ImportedFile.Counts::plus);
            return new Ledger.FileEntry(e.name(), e.sha256(), e.rows(), sum);
        }).toList();
    }

    /** The files with the counts of their rows, where they were counted. */
    private List<ImportedFile> counted() {
        Map<String, FileSpec> specs = new HashMap<>();
        names.forEach((spec, name) -> specs.put(name, spec));
        return files.stream().map(f -> f.skipped() || !specs.containsKey(f.name()) ? f
                : f.with(counts.get(specs.get(f.name())))).toList();
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
        check(staged.keySet().stream().filter(ImportRun::isCatalogue).toList());
    }

    /** Writes the catalogue (once), recording the import: from here on rows carry its id. */
    private void applyCatalogue() {
        if (importId != null) {
            return;
        }
        countCatalogue();
        importId = ledger.open(source, user);
        for (String sql : Applier.CATALOGUE) {
            jdbc.sql(sql).param("id", importId).update();
            time(sql);
        }
    }

    private ImportOutcome outcome(ImportStatus status, Long id, List<ImportedFile> files) {
        List<ImportedFile> shown = status == ImportStatus.IMPORTED || status == ImportStatus.VALIDATED ? counted() : files;
        return new ImportOutcome(status, id, List.copyOf(shown), problems.first(fileOrder), problems.count());
    }

    private void stageFolder(Path folder) throws IOException, SQLException {
        List<Path> csv;
        try (Stream<Path> list = Files.list(folder)) {
            csv = list.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
        }
        if (csv.isEmpty()) {
            problems.source().add(new ImportProblem(folder.getFileName().toString(), 0, null,
                    Messages.text("import.folder.noCsv", fileList(".csv"))));
        }
        stageCsvFiles(csv);
    }

    private void stageCsvFiles(List<Path> csv) throws IOException, SQLException {
        Map<FileSpec, Path> known = new EnumMap<>(FileSpec.class);
        for (Path file : csv) {
            String name = file.getFileName().toString();
            Optional<FileSpec> spec = FileSpec.byBaseName(name.substring(0, Math.max(0, name.length() - 4)));
            if (spec.isEmpty() || !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                problems.source().add(new ImportProblem(name, 0, null, Messages.text("import.folder.unknownFile",
                        fileList(".csv"))));
            } else if (known.putIfAbsent(spec.get(), file) != null) {
                problems.source().add(new ImportProblem(name, 0, null, Messages.text("import.folder.twoFiles",
                        spec.get().baseName(), known.get(spec.get()).getFileName().toString())));
            }
        }
        for (var entry : known.entrySet()) {
            if (entry.getKey() == FileSpec.RECORDS) {
                loadRecords(entry.getValue());
            } else {
                stageCsv(entry.getKey(), entry.getValue());
            }
        }
    }

    private void stageCsv(FileSpec spec, Path file) throws IOException, SQLException {
        String name = file.getFileName().toString();
        fileOrder.put(name, spec.ordinal());
        names.put(spec, name);
        if (!isCatalogue(spec)) {
            checkCatalogue();
        }
        MessageDigest digest = Hashing.sha256();
        Problems.Source found = problems.source();
        StagedFile result;
        String sha;
        try (InputStream in = Hashing.open(file, digest); CsvRows rows = new CsvRows(in)) {
            result = stager.stage(spec, name, rows, found);
            if (!result.readable()) {
                // the import is refused for this file whatever else it holds: no need to read the rest for a hash
                files.add(new ImportedFile(name, result.rows(), null));
                readable = false;
                return;
            }
            sha = Hashing.finish(in, digest);
        }
        Optional<Long> by = ledger.importedBy(sha);
        if (by.isPresent()) {
            problems.drop(found);
            jdbc.sql("truncate " + spec.stagingTable()).update();
            files.add(new ImportedFile(name, result.rows(), by.get()));
            return;
        }
        files.add(new ImportedFile(name, result.rows(), null));
        entries.add(new Ledger.FileEntry(name, sha, result.rows(), null));
        provinces.staged(name, spec);
        staged.put(spec, result.columns());
        readable &= result.readable();
    }

    private void stageWorkbook(Path path, String book) throws IOException, SQLException {
        ReadableWorkbook workbook;
        try {
            List<ImportProblem> damage = WorkbookCheck.problems(path, book);
            if (!damage.isEmpty()) {
                Problems.Source found = problems.source();
                damage.forEach(found::add);
                readable = false;
                return;
            }
            workbook = new ReadableWorkbook(path.toFile(), new ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            problems.source().add(new ImportProblem(book, 0, null, Messages.text("import.workbook.notXlsx",
                    String.valueOf(e.getMessage()))));
            readable = false;
            return;
        }
        try (workbook) {
            Map<FileSpec, Sheet> sheets = new EnumMap<>(FileSpec.class);
            for (Sheet sheet : workbook.getSheets().toList()) {
                Optional<FileSpec> spec = FileSpec.byBaseName(sheet.getName());
                if (TemplateSheets.isGuide(sheet.getName())) {
                    continue;
                }
                if (spec.isEmpty()) {
                    problems.source().add(new ImportProblem(book, 0, null, Messages.text("import.workbook.unknownSheet",
                            sheet.getName(), FileSpec.names())));
                } else if (sheets.putIfAbsent(spec.get(), sheet) != null) {
                    problems.source().add(new ImportProblem(book, 0, null, Messages.text("import.workbook.twoSheets",
                            spec.get().baseName())));
                }
            }
            long rows = 0;
            for (var entry : sheets.entrySet()) {
                FileSpec spec = entry.getKey();
                String name = book + "/" + spec.baseName();
                fileOrder.put(name, spec.ordinal());
                names.put(spec, name);
                if (!isCatalogue(spec)) {
                    checkCatalogue();
                }
                StagedFile result;
                try (XlsxRows source = new XlsxRows(entry.getValue(), spec.columnNames())) {
                    if (spec == FileSpec.RECORDS) {
                        RecordLoader.Loaded loaded = loadRecords(name, source, 4 * Files.size(path), problems.source()).loaded();
                        provinces.records(book, loaded);
                        result = loaded.file();
                    } else {
                        result = stager.stage(spec, name, source, problems.source());
                    }
                }
                files.add(new ImportedFile(name, result.rows(), null));
                if (spec != FileSpec.RECORDS) {
                    provinces.staged(book, spec);
                }
                if (spec != FileSpec.RECORDS || records.mode() == RecordImport.Mode.STAGE) {
                    staged.put(spec, result.columns());
                }
                readable &= result.readable();
                rows += result.rows();
            }
            entries.add(new Ledger.FileEntry(book, Hashing.of(path), rows, null));
        }
    }

    /** The checks across files of these staged files; their problems go to {@link #crossChecks}. */
    private void check(List<FileSpec> specs) {
        for (FileSpec spec : specs) {
            jdbc.sql("analyze " + spec.stagingTable()).update();
        }
        Map<FileSpec, Set<String>> these = new EnumMap<>(FileSpec.class);
        specs.forEach(spec -> these.put(spec, staged.get(spec)));
        List<Checks.Check> checks = new ArrayList<>(Checks.of(these));
        if (provinceLimit != null) {
            checks.addAll(ProvinceLimit.of(these.keySet()));
        }
        report(checks);
    }

    /** Runs checks across files; their problems go to {@link #crossChecks}. */
    private void report(List<Checks.Check> checks) {
        for (Checks.Check check : checks) {
            String file = names.get(check.file());
            // each check gives its message's code and arguments (the values quoted from the files, shortened)
            var statement = jdbc.sql("select line, col, message, array(select " + Problems.shortened("a")
                    + " from unnest(args) with ordinality u(a, n) order by n) as args, count(*) over () as total from ("
                    + check.sql() + ") c order by line, col limit " + ImportOutcome.PROBLEM_CAP);
            List<Map<String, Object>> rows = (provinceLimit != null && check.sql().contains(":province")
                    ? statement.param("province", provinceLimit) : statement).query().listOfRows();
            time(check.sql());
            if (!rows.isEmpty()) {
                crossChecks.add(problems.addCounted(rows.stream().map(r -> new ImportProblem(file,
                        ((Number) r.get("line")).longValue(), (String) r.get("col"),
                        Messages.text((String) r.get("message"), arguments(r.get("args"))))).toList(),
                        ((Number) rows.get(0).get("total")).longValue()));
            }
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
        try (InputStream in = Hashing.open(file, digest); CsvRows rows = new CsvRows(in)) {
            load = loadRecords(name, rows, Files.size(file), parse);
            sha = Hashing.finish(in, digest);
        }
        StagedFile result = load.loaded().file();
        Optional<Long> by = ledger.importedBy(sha);
        if (by.isPresent()) {
            problems.drop(parse);
            load.checks().forEach(problems::drop);
            records.skip();
            files.add(new ImportedFile(name, result.rows(), by.get()));
            return;
        }
        files.add(new ImportedFile(name, result.rows(), null));
        entries.add(new Ledger.FileEntry(name, sha, result.rows(), null));
        provinces.records(name, load.loaded());
        if (records.mode() == RecordImport.Mode.STAGE) {
            staged.put(FileSpec.RECORDS, result.columns());
        }
        readable &= result.readable();
    }

    private record RecordLoad(RecordLoader.Loaded loaded, List<Problems.Source> checks) {
    }

    private RecordLoad loadRecords(String name, RowSource rows, long bytes, Problems.Source parse)
            throws IOException, SQLException {
        fileOrder.put(name, FileSpec.RECORDS.ordinal());
        names.put(FileSpec.RECORDS, name);
        checkCatalogue();
        boolean clean = readable && !problems.any();
        boolean write = !dryRun && clean;
        if (write) {
            applyCatalogue();
        }
        RecordReferences references = RecordReferences.load(jdbc, provinceLimit);
        List<Problems.Source> checks = new ArrayList<>();
        for (int i = 0; i < RecordLoader.CHECK_SOURCES; i++) {
            checks.add(problems.source());
        }
        crossChecks.addAll(checks);
        RecordLoader.Loaded loaded = new RecordLoader(name, references, provinceLimit, parse, checks)
                .load(rows, records.target(clean, dryRun, bytes), write ? importId : 0);
        time("records: " + loaded.file().rows() + " read, " + loaded.written() + " written, " + records.mode()
                + (records.rebuildsIndexes() ? " (indexes dropped)" : ""));
        records.loaded(loaded);
        return new RecordLoad(loaded, checks);
    }

    /** A check's arguments, a {@code text[]}, for its message. */
    private static Object[] arguments(Object args) {
        try {
            return args == null ? new Object[0] : (Object[]) ((java.sql.Array) args).getArray();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileList(String suffix) {
        return Stream.of(FileSpec.values()).sorted(Comparator.naturalOrder()).map(f -> f.baseName() + suffix)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
