package vn.coordreport.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.coordreport.ingest.format.FileSpec;

/**
 * The files of one import as it reports and records them: the name each file of the format came under (a CSV file,
 * or a workbook's sheet), what was read of each, the entries of the import history (a workbook is one), and what
 * the rows of each file are once counted.
 */
final class ImportedFiles {

    private final Map<String, Integer> order = new HashMap<>();
    private final Map<FileSpec, String> names = new EnumMap<>(FileSpec.class);
    private final List<ImportedFile> files = new ArrayList<>();
    private final List<Ledger.FileEntry> entries = new ArrayList<>();
    /** What the rows of each file are, once counted (before anything they depend on is written). */
    private final Map<FileSpec, ImportedFile.Counts> counts = new EnumMap<>(FileSpec.class);

    /** The file of the format {@code spec} is read under this name; its problems come in the format's order. */
    void named(FileSpec spec, String name) {
        order.put(name, spec.ordinal());
        names.put(spec, name);
    }

    String name(FileSpec spec) {
        return names.get(spec);
    }

    /** The order of the files' problems: by file name, the format's order. */
    Map<String, Integer> order() {
        return order;
    }

    void read(ImportedFile file) {
        files.add(file);
    }

    /** A file (or workbook) the import history records, with the SHA-256 of its bytes. */
    void record(String name, String sha256, long rows) {
        entries.add(new Ledger.FileEntry(name, sha256, rows, null));
    }

    void counted(Map<FileSpec, ImportedFile.Counts> counted) {
        counts.putAll(counted);
    }

    ImportedFile.Counts counts(FileSpec spec) {
        return counts.get(spec);
    }

    /** True when there were files and every one of them had been imported already. */
    boolean allSkipped() {
        return !files.isEmpty() && files.stream().allMatch(ImportedFile::skipped);
    }

    /** The files as read. */
    List<ImportedFile> read() {
        return List.copyOf(files);
    }

    /** The files with the counts of their rows, where they were counted. */
    List<ImportedFile> counted() {
        Map<String, FileSpec> specs = new HashMap<>();
        names.forEach((spec, name) -> specs.put(name, spec));
        return files.stream().map(f -> f.skipped() || !specs.containsKey(f.name()) ? f
                : f.with(counts.get(specs.get(f.name())))).toList();
    }

    /** The files recorded with their counts: a workbook's are its sheets'. */
    List<Ledger.FileEntry> ledgerEntries() {
        List<ImportedFile> counted = counted();
        return entries.stream().map(e -> {
            ImportedFile.Counts sum = counted.stream()
                    .filter(f -> !f.skipped() && (f.name().equals(e.name()) || f.name().startsWith(e.name() + "/")))
                    .map(ImportedFile::counts).reduce(ImportedFile.Counts.NONE, ImportedFile.Counts::plus);
            return new Ledger.FileEntry(e.name(), e.sha256(), e.rows(), sum);
        }).toList();
    }
}
