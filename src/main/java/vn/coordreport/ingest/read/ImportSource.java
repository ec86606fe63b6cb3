package vn.coordreport.ingest.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.ingest.template.TemplateSheets;
import vn.coordreport.messages.Messages;

/**
 * What one import reads: the CSV files of a folder (an unpacked zip, the rows of the entry form) or a single CSV
 * file, or an .xlsx workbook; each tells which of its parts is which file of the format, and reports the parts it
 * cannot place (an unknown name, a file given twice) as problems of the source.
 */
public sealed interface ImportSource {

    /** The folder, CSV file or workbook at {@code path}, by what it is (a directory, an .xlsx name, else CSV). */
    static ImportSource of(Path path) {
        String name = path.getFileName().toString();
        if (Files.isDirectory(path)) {
            return new CsvFiles(path, true);
        }
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? new Workbook(path, name) : new CsvFiles(path, false);
    }

    /** A folder of CSV files ({@code folder} true) or one CSV file. */
    record CsvFiles(Path path, boolean folder) implements ImportSource {

        /** The files by the file of the format each is, in the format's order; the others reported. */
        public Map<FileSpec, Path> files(Consumer<ImportProblem> problems) throws IOException {
            List<Path> csv = folder ? list(problems) : List.of(path);
            Map<FileSpec, Path> known = new EnumMap<>(FileSpec.class);
            for (Path file : csv) {
                String name = file.getFileName().toString();
                Optional<FileSpec> spec = FileSpec.byBaseName(name.substring(0, Math.max(0, name.length() - 4)));
                String other = OtherSpreadsheets.advice(name);
                if (other != null) {
                    problems.accept(new ImportProblem(name, 0, null, Messages.text(other)));
                } else if (spec.isEmpty() || !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    problems.accept(new ImportProblem(name, 0, null, Messages.text("import.folder.unknownFile",
                            fileList(".csv"))));
                } else if (known.putIfAbsent(spec.get(), file) != null) {
                    problems.accept(new ImportProblem(name, 0, null, Messages.text("import.folder.twoFiles",
                            spec.get().baseName(), known.get(spec.get()).getFileName().toString())));
                }
            }
            return known;
        }

        /**
         * The folder's CSV files. A workbook beside them is a problem, not skipped: the clerk who put it there
         * meant its data to be imported too.
         */
        private List<Path> list(Consumer<ImportProblem> problems) throws IOException {
            List<Path> files;
            try (Stream<Path> list = Files.list(path)) {
                files = list.filter(Files::isRegularFile).sorted().toList();
            }
            List<Path> csv = files.stream()
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).toList();
            List<String> workbooks = files.stream().map(p -> p.getFileName().toString())
                    .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".xlsx") || OtherSpreadsheets.advice(n) != null)
                    .toList();
            if (csv.isEmpty()) {
                problems.accept(new ImportProblem(path.getFileName().toString(), 0, null, workbooks.isEmpty()
                        ? Messages.text("import.folder.noCsv", fileList(".csv"))
                        : Messages.text("import.folder.onlyWorkbooks", String.join(", ", workbooks))));
            } else {
                workbooks.forEach(workbook -> problems.accept(new ImportProblem(workbook, 0, null,
                        Messages.text("import.folder.workbookBesideCsv"))));
            }
            return csv;
        }

    }

    /** An .xlsx workbook, {@code name} as it is reported (its sheets are {@code name/sheet}). */
    record Workbook(Path path, String name) implements ImportSource {

        private static final Logger log = LoggerFactory.getLogger(Workbook.class);

        /** A workbook open for reading, and what {@link WorkbookCheck} learnt of it that FastExcel does not tell. */
        public record Opened(ReadableWorkbook workbook, WorkbookFacts facts) implements Closeable {

            @Override
            public void close() throws IOException {
                workbook.close();
            }
        }

        /**
         * The workbook opened for reading, once {@link WorkbookCheck} found it safe; empty, with its problems
         * reported, when it is damaged or not a workbook.
         */
        public Optional<Opened> open(Consumer<ImportProblem> problems) {
            try {
                WorkbookCheck.Found found = WorkbookCheck.check(path, name);
                if (!found.problems().isEmpty()) {
                    found.problems().forEach(problems);
                    return Optional.empty();
                }
                return Optional.of(new Opened(new ReadableWorkbook(path.toFile(), new ReadingOptions(true, false)),
                        found.facts()));
            } catch (IOException | RuntimeException e) {
                // the reader's words alone: the library's ("Archive is not a ZIP archive") are for debugging
                log.debug("{} is not a readable workbook", name, e);
                problems.accept(new ImportProblem(name, 0, null, Messages.text("import.workbook.notXlsx")));
                return Optional.empty();
            }
        }

        /** Its sheets by the file of the format each is, in the format's order; the guide skipped, others reported. */
        public Map<FileSpec, Sheet> sheets(ReadableWorkbook workbook, Consumer<ImportProblem> problems) {
            Map<FileSpec, Sheet> sheets = new EnumMap<>(FileSpec.class);
            for (Sheet sheet : workbook.getSheets().toList()) {
                Optional<FileSpec> spec = FileSpec.byBaseName(sheet.getName());
                if (TemplateSheets.isGuide(sheet.getName())) {
                    continue;
                }
                if (spec.isEmpty()) {
                    problems.accept(new ImportProblem(name, 0, null, Messages.text("import.workbook.unknownSheet",
                            sheet.getName(), FileSpec.names())));
                } else if (sheets.putIfAbsent(spec.get(), sheet) != null) {
                    problems.accept(new ImportProblem(name, 0, null, Messages.text("import.workbook.twoSheets",
                            spec.get().baseName())));
                }
            }
            return sheets;
        }

        /** What a sheet is reported as. */
        public String sheetName(FileSpec spec) {
            return name + "/" + spec.baseName();
        }
    }

    static String fileList(String suffix) {
        return Stream.of(FileSpec.values()).sorted(Comparator.naturalOrder()).map(f -> f.baseName() + suffix)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
