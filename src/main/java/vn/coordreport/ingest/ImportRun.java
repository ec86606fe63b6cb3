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

/**
 * One import inside one transaction: stage every file, skip content already
 * imported, check, and (unless there are problems or it is a dry run) record
 * and apply. The caller rolls back unless the outcome is IMPORTED.
 */
final class ImportRun {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final Stager stager;
    private final Problems problems = new Problems();
    private final Map<String, Integer> fileOrder = new HashMap<>();
    private final Map<FileSpec, String> names = new EnumMap<>(FileSpec.class);
    private final Map<FileSpec, Set<String>> staged = new EnumMap<>(FileSpec.class);
    private final List<ImportedFile> files = new ArrayList<>();
    private final List<Ledger.FileEntry> entries = new ArrayList<>();
    private boolean readable = true;
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

    ImportRun(JdbcClient jdbc, CopyManager copy, String provinceLimit) {
        this.jdbc = jdbc;
        this.ledger = new Ledger(jdbc);
        this.stager = new Stager(copy);
        this.provinceLimit = provinceLimit;
    }

    ImportOutcome run(Path path, boolean dryRun, String user) throws IOException, SQLException {
        return run(path, path.toString(), dryRun, user);
    }

    /** @param source what the import history records as its source (an upload's name rather than its temporary folder) */
    ImportOutcome run(Path path, String source, boolean dryRun, String user) throws IOException, SQLException {
        ledger.lock();
        Staging.create().forEach(sql -> jdbc.sql(sql).update());
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
        if (!files.isEmpty() && files.stream().allMatch(ImportedFile::skipped) && !problems.any()) {
            return outcome(ImportStatus.ALREADY_IMPORTED, null, files);
        }
        if (readable) {
            time("staging");
            check();
        }
        if (problems.any()) {
            return outcome(ImportStatus.REJECTED, null, files);
        }
        if (dryRun) {
            return outcome(ImportStatus.VALIDATED, null, files);
        }
        long id = ledger.record(source, user, entries);
        for (String sql : Applier.APPLY) {
            jdbc.sql(sql).param("id", id).update();
            time(sql);
        }
        return outcome(ImportStatus.IMPORTED, id, files);
    }

    private ImportOutcome outcome(ImportStatus status, Long id, List<ImportedFile> files) {
        return new ImportOutcome(status, id, List.copyOf(files), problems.first(fileOrder), problems.count());
    }

    private void stageFolder(Path folder) throws IOException, SQLException {
        List<Path> csv;
        try (Stream<Path> list = Files.list(folder)) {
            csv = list.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
        }
        if (csv.isEmpty()) {
            problems.source().add(new ImportProblem(folder.getFileName().toString(), 0, null,
                    "the folder has no .csv file; the import files are " + fileList(".csv")));
        }
        stageCsvFiles(csv);
    }

    private void stageCsvFiles(List<Path> csv) throws IOException, SQLException {
        Map<FileSpec, Path> known = new EnumMap<>(FileSpec.class);
        for (Path file : csv) {
            String name = file.getFileName().toString();
            Optional<FileSpec> spec = FileSpec.byBaseName(name.substring(0, Math.max(0, name.length() - 4)));
            if (spec.isEmpty() || !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                problems.source().add(new ImportProblem(name, 0, null, "not a file of the import format: "
                        + "the files are " + fileList(".csv")));
            } else if (known.putIfAbsent(spec.get(), file) != null) {
                problems.source().add(new ImportProblem(name, 0, null, "the folder has two " + spec.get().baseName()
                        + " files (" + known.get(spec.get()).getFileName() + ")"));
            }
        }
        for (var entry : known.entrySet()) {
            stageCsv(entry.getKey(), entry.getValue());
        }
    }

    private void stageCsv(FileSpec spec, Path file) throws IOException, SQLException {
        String name = file.getFileName().toString();
        fileOrder.put(name, spec.ordinal());
        names.put(spec, name);
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
        entries.add(new Ledger.FileEntry(name, sha, result.rows()));
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
            problems.source().add(new ImportProblem(book, 0, null, "not an Excel workbook (.xlsx) (" + e.getMessage()
                    + "): save it from Excel as \"Excel Workbook (*.xlsx)\", or import a folder of CSV files"));
            readable = false;
            return;
        }
        try (workbook) {
            Map<FileSpec, Sheet> sheets = new EnumMap<>(FileSpec.class);
            for (Sheet sheet : workbook.getSheets().toList()) {
                Optional<FileSpec> spec = FileSpec.byBaseName(sheet.getName());
                if (spec.isEmpty()) {
                    problems.source().add(new ImportProblem(book, 0, null, "sheet '" + sheet.getName()
                            + "' is not part of the import format: the sheets are " + FileSpec.names()));
                } else if (sheets.putIfAbsent(spec.get(), sheet) != null) {
                    problems.source().add(new ImportProblem(book, 0, null, "two sheets are named " + spec.get().baseName()));
                }
            }
            long rows = 0;
            for (var entry : sheets.entrySet()) {
                FileSpec spec = entry.getKey();
                String name = book + "/" + spec.baseName();
                fileOrder.put(name, spec.ordinal());
                names.put(spec, name);
                StagedFile result;
                try (XlsxRows source = new XlsxRows(entry.getValue())) {
                    result = stager.stage(spec, name, source, problems.source());
                }
                files.add(new ImportedFile(name, result.rows(), null));
                staged.put(spec, result.columns());
                readable &= result.readable();
                rows += result.rows();
            }
            entries.add(new Ledger.FileEntry(book, Hashing.of(path), rows));
        }
    }

    private void check() {
        Staging.PREPARE.forEach(sql -> jdbc.sql(sql).update());
        time("prepare");
        for (FileSpec spec : staged.keySet()) {
            jdbc.sql("analyze " + spec.stagingTable()).update();
        }
        List<Checks.Check> checks = new java.util.ArrayList<>(Checks.of(staged));
        if (provinceLimit != null) {
            checks.addAll(ProvinceLimit.of(staged.keySet()));
        }
        for (Checks.Check check : checks) {
            String file = names.get(check.file());
            var statement = jdbc.sql("select line, col, " + Problems.shortened("message")
                    + " as message, count(*) over () as total from ("
                    + check.sql() + ") c order by line, col limit " + ImportOutcome.PROBLEM_CAP);
            List<Map<String, Object>> rows = (provinceLimit != null && check.sql().contains(":province")
                    ? statement.param("province", provinceLimit) : statement).query().listOfRows();
            time(check.sql());
            if (!rows.isEmpty()) {
                problems.addCounted(rows.stream().map(r -> new ImportProblem(file, ((Number) r.get("line")).longValue(),
                        (String) r.get("col"), (String) r.get("message"))).toList(),
                        ((Number) rows.get(0).get("total")).longValue());
            }
        }
    }

    private static String fileList(String suffix) {
        return Stream.of(FileSpec.values()).sorted(Comparator.naturalOrder()).map(f -> f.baseName() + suffix)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
