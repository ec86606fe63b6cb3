package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.coordreport.ingest.ImportFuzzer.Case;
import vn.coordreport.ingest.ImportFuzzer.Container;
import vn.coordreport.ingest.check.Problems;

/**
 * Thousands of hostile imports (see {@link ImportFuzzer}), each of which must
 * end in success or in a clean list of problems, each naming a file of the
 * import, a line within it and a message on one line, and never in an
 * exception, a hang or a partial import: the coordination tables are compared
 * before and after every import that did not succeed, and one that did must
 * have written every data row it read that was not stored already, and be
 * undone to exactly the state before.
 * The cases run on two databases at once, each holding the same sample.
 * <p>
 * {@code -Dcoordreport.fuzz.cases=20000} runs more cases (default 2000),
 * {@code -Dcoordreport.fuzz.seed=N} (or {@code random}) another seed,
 * {@code -Dcoordreport.fuzz.first=K} starts at case K (with {@code cases=1}: one case again).
 * A failing case is written to {@code target/fuzz-failures/} and reported with its seed and index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportFuzzIntegrationTests {

    static final long DEFAULT_SEED = 20_260_607L;
    static final Set<String> IMPORT_TABLES = Set.of("import_batch", "import_file");
    static final Map<String, String> TABLE_OF = Map.ofEntries(Map.entry("agencies", "agency"),
            Map.entry("fields", "field"), Map.entry("indicators", "indicator"), Map.entry("agreements", "agreement"),
            Map.entry("recipients", "recipient"), Map.entry("records", "record"), Map.entry("results", "result"),
            Map.entry("limitations", "limitation"), Map.entry("tasks", "task"), Map.entry("targets", "target"),
            Map.entry("commendations", "commendation"), Map.entry("conferences", "conference"),
            Map.entry("assessments", "assessment"));
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");

    /** Databases the cases run on at once, lane k taking every LANES-th case from k: both cores share the work. */
    private static final int LANES = 2;

    @TempDir
    Path temp;

    private final List<Lane> lanes = new ArrayList<>();

    @BeforeAll
    void databasesHoldingTheTayNinhSample() {
        for (int k = 0; k < LANES; k++) {
            lanes.add(new Lane());
        }
    }

    @AfterAll
    void close() {
        lanes.forEach(Lane::close);
    }

    @Test
    void hostileImportsEndInSuccessOrACleanListOfProblemsAndNeverInAPartialImport() throws Exception {
        long seed = seed();
        int cases = Integer.getInteger("coordreport.fuzz.cases", 2000);
        int first = Integer.getInteger("coordreport.fuzz.first", 0);
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int k = 0; k < LANES; k++) {
                Lane lane = lanes.get(k);
                int from = first + k;
                running.add(pool.submit(() -> {
                    lane.runCases(new ImportFuzzer(seed), from, first + cases, tally);
                    return null;
                }));
            }
            for (Future<?> lane : running) {
                lane.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("import fuzz: seed %d, cases %d..%d on %d databases, %.1f s, slowest case %d (%.2f s); "
                + "outcomes %s; seconds by container %s%n", seed, first, first + cases - 1, LANES, tally.elapsed(),
                tally.slowestCase, tally.slowest / 1e9, new TreeMap<>(tally.outcomes),
                new TreeMap<>(tally.seconds).entrySet().stream().map(e -> e.getKey() + "=" + Math.round(e.getValue()))
                        .toList());
        assertThat(tally.failures).as("failing cases (run one again with -Dcoordreport.fuzz.seed=%d "
                + "-Dcoordreport.fuzz.first=INDEX -Dcoordreport.fuzz.cases=1)", seed).isEmpty();
        assertThat(tally.outcomes.keySet()).as("the fuzzer reaches every outcome").contains("IMPORTED", "REJECTED");
    }

    /** What the lanes found, shared between them. */
    private static final class Tally {

        final Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        final Map<String, Double> seconds = new ConcurrentHashMap<>();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        int done;
        final long start = System.nanoTime();
        long slowest;
        int slowestCase = -1;

        synchronized void finished(Case c, long took) {
            seconds.merge(c.container().name(), took / 1e9, Double::sum);
            if (took > slowest) {
                slowest = took;
                slowestCase = c.index();
            }
            if (++done % 1000 == 0) {
                System.out.printf("import fuzz: %d cases in %.1f s, %d failing; outcomes %s%n", done, elapsed(),
                        failures.size(), new TreeMap<>(outcomes));
            }
        }

        boolean enoughFailures() {
            return failures.size() >= 10;
        }

        double elapsed() {
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** One database holding the Tay Ninh sample, and the cases run on it one at a time. */
    private final class Lane {

        private final ImportDatabase db = ImportDatabase.fresh();
        private final JdbcClient jdbc = db.jdbc();
        private final Importer importer = db.importer();
        private final ExecutorService runner = Executors.newSingleThreadExecutor();

        Lane() {
            ImportOutcome baseline = importer.importPath(Path.of("src/main/resources/samples/tay-ninh-2019"), false);
            assertThat(baseline.status()).isEqualTo(ImportStatus.IMPORTED);
        }

        void close() {
            runner.shutdownNow();
            db.close();
        }

        /** Runs cases {@code from}, {@code from + LANES}, ... below {@code end}. */
        void runCases(ImportFuzzer fuzzer, int from, int end, Tally tally) throws InterruptedException, ExecutionException {
            for (int i = from; i < end && !tally.enoughFailures(); i += LANES) {
                Case c = fuzzer.make(i);
                long t0 = System.nanoTime();
                Future<String> verdict = runner.submit(() -> check(c, tally.outcomes));
                String failure;
                try {
                    failure = verdict.get(120, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    tally.failures.add(c.describe() + "\n  did not end within 120 s");
                    save(c, "hang");
                    return;
                }
                tally.finished(c, System.nanoTime() - t0);
                if (failure != null) {
                    tally.failures.add(c.describe() + "\n  " + failure + "\n  input: " + save(c, failure));
                }
            }
        }

        /** Runs one case; null when every promise held, else what broke. */
        private String check(Case c, Map<String, Integer> outcomes) {
            Map<String, String> before = digest();
            ImportOutcome outcome;
            try {
                outcome = run(c);
            } catch (IllegalArgumentException e) {
                boolean upload = c.container() == Container.ZIP_UPLOAD || c.container() == Container.XLSX_UPLOAD;
                outcomes.merge("REFUSED UPLOAD", 1, Integer::sum);
                if (!upload) {
                    return "exception " + stackTrace(e);
                }
                if (e.getMessage() == null || e.getMessage().isBlank() || CONTROL.matcher(e.getMessage()).find()) {
                    return "an upload refused without a clean one-line message: " + stackTrace(e);
                }
                return unchanged(before, "a refused upload");
            } catch (Throwable e) {
                return "exception " + stackTrace(e);
            }
            outcomes.merge(outcome.status().name(), 1, Integer::sum);
            return switch (outcome.status()) {
                case REJECTED -> rejected(c, outcome, before);
                case VALIDATED -> outcome.problems().isEmpty() && c.dryRun() ? unchanged(before, "a dry run")
                        : "VALIDATED although " + (c.dryRun() ? "problems were listed" : "no dry run was asked");
                case ALREADY_IMPORTED -> outcome.problems().isEmpty() ? unchanged(before, "an import already done")
                        : "ALREADY_IMPORTED with problems " + outcome.problemLines();
                case IMPORTED -> imported(c, outcome, before);
            };
        }

        private ImportOutcome run(Case c) throws IOException {
            Path dir = Files.createTempDirectory(temp, "case-" + c.index() + "-");
            switch (c.container()) {
                case FOLDER -> {
                    Path folder = Files.createDirectory(dir.resolve("import"));
                    for (var file : c.files().entrySet()) {
                        Files.write(folder.resolve(file.getKey()), file.getValue());
                    }
                    return importer.importPath(folder, c.dryRun());
                }
                case CSV_FILE, WORKBOOK -> {
                    var file = c.files().entrySet().iterator().next();
                    return importer.importPath(Files.write(dir.resolve(file.getKey()), file.getValue()), c.dryRun());
                }
                case ZIP_UPLOAD -> {
                    return importer.importUpload("fuzz.zip", new ByteArrayInputStream(Xlsx.zip(c.files())),
                            c.dryRun(), "fuzzer", c.province());
                }
                default -> {
                    return importer.importUpload(ImportFuzzer.BOOK, new ByteArrayInputStream(c.files().get(ImportFuzzer.BOOK)),
                            c.dryRun(), "fuzzer", c.province());
                }
            }
        }

        private String rejected(Case c, ImportOutcome outcome, Map<String, String> before) {
            if (outcome.problems().isEmpty() || outcome.problemCount() < outcome.problems().size()) {
                return "REJECTED with " + outcome.problems().size() + " problems listed and " + outcome.problemCount()
                        + " counted";
            }
            for (ImportProblem p : outcome.problems()) {
                String fault = fault(c, p);
                if (fault != null) {
                    return fault + ": " + ImportFuzzer.show(p.toString());
                }
            }
            return unchanged(before, "a rejected import");
        }

        /** What is wrong with a problem as the user would read it, or null. */
        private static String fault(Case c, ImportProblem p) {
            if (p.file() == null || p.file().isBlank() || CONTROL.matcher(p.file()).find()) {
                return "a problem names no file, or one with control characters";
            }
            boolean known = c.files().keySet().stream().anyMatch(f -> Problems.visible(f, Problems.MAX_NAME).equals(p.file()))
                    || p.file().equals("import") || p.file().equals("csv")
                    || p.file().equals(ImportFuzzer.BOOK) || p.file().startsWith(ImportFuzzer.BOOK + "/");
            if (!known) {
                return "a problem names a file that is not part of the import";
            }
            if (p.line() < 0 || p.line() > maxLine(c, p.file())) {
                return "a problem names line " + p.line() + ", beyond the file's lines";
            }
            if (p.message() == null || p.message().isBlank() || CONTROL.matcher(p.message()).find()) {
                return "a problem's message is empty or has control characters (a line break, an escape)";
            }
            if (p.message().length() > 1000) {
                return "a problem's message is " + p.message().length() + " characters long";
            }
            if (p.column() != null && (p.column().isBlank() || CONTROL.matcher(p.column()).find() || p.column().length() > 200)) {
                return "a problem names a blank, long or control-character column";
            }
            return null;
        }

        private static long maxLine(Case c, String file) {
            byte[] bytes = c.files().entrySet().stream().filter(f -> Problems.visible(f.getKey(), Problems.MAX_NAME).equals(file))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (bytes == null) {
                return file.startsWith(ImportFuzzer.BOOK) ? 1_048_576 : 1;
            }
            long lines = 1;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                    lines++;
                }
            }
            return lines;
        }

        private String imported(Case c, ImportOutcome outcome, Map<String, String> before) {
            if (c.dryRun() || outcome.importId() == null || !outcome.problems().isEmpty()) {
                return "IMPORTED although it was a dry run, without an id, or with problems";
            }
            long id = outcome.importId();
            for (ImportedFile file : outcome.files()) {
                if (file.skipped()) {
                    continue;
                }
                String base = file.name().substring(file.name().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT)
                        .replaceFirst("\\.csv$", "");
                String table = TABLE_OF.get(base);
                long written = jdbc.sql("select count(*) from " + table + " where import_id = :id").param("id", id)
                        .query(Long.class).single();
                ImportedFile.Counts counts = file.counts();
                // a row already stored (the lane holds the Tây Ninh sample) is not written again
                boolean complete = counts != null
                        && counts.added() + counts.present() + counts.corrected() == file.rows()
                        && written == counts.added() + counts.corrected();
                if (!complete) {
                    return "partial import: " + file.name() + " has " + file.rows() + " rows (" + counts + "), "
                            + written + " were written";
                }
            }
            try {
                importer.undo(id);
            } catch (RuntimeException e) {
                return "the import cannot be undone: " + stackTrace(e);
            }
            Map<String, String> after = digest();
            for (var table : before.entrySet()) {
                if (!IMPORT_TABLES.contains(table.getKey()) && !table.getValue().equals(after.get(table.getKey()))) {
                    return "undoing the import left " + table.getKey() + " changed";
                }
            }
            return null;
        }

        private String unchanged(Map<String, String> before, String what) {
            Map<String, String> after = digest();
            return after.equals(before) ? null : what + " changed the tables: " + diff(before, after);
        }

        private static String diff(Map<String, String> before, Map<String, String> after) {
            return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList().toString();
        }

        /** Each coordination table's content as one MD5, in one query. */
        private Map<String, String> digest() {
            String sql = String.join(" union all ", CoordinationTables.ALL.stream().map(t -> "select '" + t
                    + "' as t, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as d from " + t + " x").toList());
            Map<String, String> digest = new TreeMap<>();
            jdbc.sql(sql).query().listOfRows().forEach(r -> digest.put((String) r.get("t"), (String) r.get("d")));
            return digest;
        }
    }

    private static long seed() {
        String given = System.getProperty("coordreport.fuzz.seed", "");
        if (given.isBlank()) {
            return DEFAULT_SEED;
        }
        return given.equals("random") ? new Random().nextLong() : Long.parseLong(given);
    }

    private static String save(Case c, String failure) {
        Path dir = Path.of("target", "fuzz-failures", "seed-" + c.seed() + "-case-" + c.index());
        try {
            Files.createDirectories(dir);
            for (var file : c.files().entrySet()) {
                Files.write(dir.resolve(file.getKey().replaceAll("[^A-Za-z0-9._-]", "_")), file.getValue());
            }
            Files.writeString(dir.resolve("case.txt"), c.describe() + "\n" + failure + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(not saved: " + e.getMessage() + ")";
        }
        return dir.toString();
    }

    private static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        String trace = text.toString();
        return trace.length() > 3000 ? trace.substring(0, 3000) + "..." : trace;
    }
}
