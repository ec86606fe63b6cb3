package vn.coordreport.ingest.check;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.format.Column;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.ingest.load.StagedFile;
import vn.coordreport.ingest.read.Memo;
import vn.coordreport.ingest.read.RowSource;
import vn.coordreport.ingest.template.TemplateColumns;
import vn.coordreport.messages.Messages;

/**
 * The rows of one file, checked cell by cell as they are read: the header is
 * matched to the file's columns, every cell is trimmed, checked and put in
 * canonical form (an empty or bad cell as null, a default where the format
 * gives one), and each problem is reported with its line and column. Whoever
 * writes the rows somewhere (the staging table, or {@code record} itself)
 * reads them from here, so both report the same problems.
 */
public final class CheckedRows {

    private final FileSpec spec;
    private final String file;
    private final RowSource source;
    private final Problems.Source problems;
    private final List<Column> columns;
    private final Set<String> named = new LinkedHashSet<>();
    private String[] header;
    private int[] position;
    private String[] values;
    private boolean[] bad;
    /** Per column, the canonical form of the cells seen last (a cell that is not right is not remembered). */
    private final List<Memo<String>> canonical;
    private long rows;
    private long line;
    private boolean readable = true;

    public CheckedRows(FileSpec spec, String file, RowSource source, Problems.Source problems) {
        this.spec = spec;
        this.file = file;
        this.source = source;
        this.problems = problems;
        this.columns = spec.columns;
        this.canonical = columns.stream().map(c -> new Memo<>(c.type()::canonical)).toList();
    }

    /** Reads and matches the header; false (with the problems reported) when the rows cannot be read. */
    public boolean header() throws IOException {
        try {
            header = source.header();
        } catch (RowSource.Unreadable e) {
            problems.add(new ImportProblem(file, e.line, null, e.getMessage()));
            readable = false;
            return false;
        }
        if (header == null) {
            problems.add(new ImportProblem(file, 1, null,
                    Messages.text("import.file.empty", columnList(spec))));
            readable = false;
            return false;
        }
        Column[] byIndex = new Column[header.length];
        if (!matchHeader(source.line(), byIndex)) {
            readable = false;
            return false;
        }
        position = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            position[i] = byIndex[i] == null ? -1 : columns.indexOf(byIndex[i]);
        }
        values = new String[columns.size()];
        bad = new boolean[columns.size()];
        return true;
    }

    /**
     * Reads the next row into {@link #values()}; false at the end, or when the
     * rest of the file cannot be read (then reported, and {@link #readable()} false).
     */
    public boolean next() throws IOException {
        String[] cells;
        try {
            cells = source.next();
        } catch (RowSource.Unreadable e) {
            problems.add(new ImportProblem(file, e.line, null, e.getMessage()));
            readable = false;
            return false;
        }
        if (cells == null) {
            return false;
        }
        rows++;
        line = source.line();
        Arrays.fill(values, null);
        Arrays.fill(bad, false);
        for (int i = 0; i < cells.length; i++) {
            String v = cells[i].strip();
            String unread = source.cellProblem(i);
            if (v.isEmpty() && unread == null) {
                continue;
            }
            if (i >= position.length) {
                problems.add(new ImportProblem(file, line, null, Messages.text("import.row.tooManyValues",
                        String.valueOf(cells.length), String.valueOf(header.length))));
                break;
            }
            Column column = columns.get(position[i]);
            if (unread != null) {
                bad[position[i]] = true;
                problems.add(new ImportProblem(file, line, column.name(), unread));
                continue;
            }
            try {
                values[position[i]] = canonical.get(position[i]).apply(v);
            } catch (IllegalArgumentException e) {
                bad[position[i]] = true;
                problems.add(new ImportProblem(file, line, column.name(), e.getMessage()));
            }
        }
        for (int j = 0; j < values.length; j++) {
            if (values[j] == null && !bad[j]) {
                Column column = columns.get(j);
                if (column.required()) {
                    problems.add(new ImportProblem(file, line, column.name(), Messages.text("import.value.required")));
                } else {
                    values[j] = column.defaultValue();
                }
            }
        }
        return true;
    }

    /** The last row's values in the order of the file's columns ({@link FileSpec#columns}); null where empty or bad. */
    public String[] values() {
        return values;
    }

    /** The line where the last row starts. */
    public long line() {
        return line;
    }

    long rows() {
        return rows;
    }

    /** The columns the header names. */
    public Set<String> named() {
        return named;
    }

    /** Whether the header was right and the file could be read to the end. */
    boolean readable() {
        return readable;
    }

    public StagedFile result() {
        return new StagedFile(spec, file, rows, named, readable);
    }

    private boolean matchHeader(long headerLine, Column[] byIndex) {
        boolean ok = true;
        Set<String> headedInVietnamese = new java.util.HashSet<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].strip().toLowerCase(Locale.ROOT);
            var column = spec.column(name);
            if (name.isEmpty()) {
                String unread = source.cellProblem(i);
                problems.add(new ImportProblem(file, headerLine, "#" + (i + 1),
                        unread != null ? unread : Messages.text("import.header.noName")));
                ok = false;
            } else if (column.isEmpty()) {
                var headed = TemplateColumns.headedAs(spec, header[i]);
                if (headed.isPresent()) {
                    headedInVietnamese.add(headed.get().name());
                }
                // a workbook's sheet (mau.xlsx/records) lost its row of codes; a CSV file was saved without it
                problems.add(new ImportProblem(file, headerLine, name, headed.isPresent()
                        ? Messages.text(file.contains(".xlsx/") ? "import.header.vietnameseHeadingSheet"
                                : "import.header.vietnameseHeading", header[i].strip(), headed.get().name(),
                                String.valueOf(headerLine))
                        : Messages.text("import.header.unknownColumn", file, columnList(spec))));
                ok = false;
            } else if (!named.add(name)) {
                problems.add(new ImportProblem(file, headerLine, name, Messages.text("import.header.twice")));
                ok = false;
            } else {
                byIndex[i] = column.get();
            }
        }
        for (Column column : spec.columns) {
            if (column.required() && !named.contains(column.name()) && !headedInVietnamese.contains(column.name())) {
                problems.add(new ImportProblem(file, headerLine, column.name(),
                        Messages.text("import.header.missing")));
                ok = false;
            }
        }
        return ok;
    }

    static String columnList(FileSpec spec) {
        return Messages.text("import.columns", spec.columns.stream().map(c -> c.name() + (c.required() ? "*" : ""))
                .collect(Collectors.joining(", ")));
    }
}
