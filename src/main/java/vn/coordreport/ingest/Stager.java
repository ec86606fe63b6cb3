package vn.coordreport.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams one file into its staging table with COPY as it is parsed: the
 * header is matched to the file's columns, every cell is checked and written
 * in canonical form (an empty or bad cell as null, a default where the format
 * gives one), and each problem is reported with its line and column. Only a
 * buffer of about 64 KB is held, whatever the file's size.
 */
final class Stager {

    private static final int FLUSH_AT = 1 << 16;

    private final CopyManager copy;

    Stager(CopyManager copy) {
        this.copy = copy;
    }

    StagedFile stage(FileSpec spec, String file, RowSource source, Problems.Source problems)
            throws IOException, SQLException {
        String[] header;
        try {
            header = source.header();
        } catch (RowSource.Unreadable e) {
            problems.add(new ImportProblem(file, e.line, null, e.getMessage()));
            return new StagedFile(spec, file, 0, Set.of(), false);
        }
        if (header == null) {
            problems.add(new ImportProblem(file, 1, null,
                    "the file is empty: its first line must be the header (" + columnList(spec) + ")"));
            return new StagedFile(spec, file, 0, Set.of(), false);
        }
        Column[] byIndex = new Column[header.length];
        Set<String> named = new LinkedHashSet<>();
        boolean headerOk = matchHeader(spec, file, header, source.line(), byIndex, named, problems);
        if (!headerOk) {
            return new StagedFile(spec, file, 0, named, false);
        }
        List<Column> columns = spec.columns;
        CopyIn in = copy.copyIn("copy " + spec.stagingTable() + " (line, "
                + columns.stream().map(c -> "\"" + c.name() + "\"").collect(Collectors.joining(", "))
                + ") from stdin");
        int[] position = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            position[i] = byIndex[i] == null ? -1 : columns.indexOf(byIndex[i]);
        }
        StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
        String[] values = new String[columns.size()];
        boolean[] bad = new boolean[columns.size()];
        long rows = 0;
        boolean readable = true;
        try {
            String[] cells;
            while ((cells = source.next()) != null) {
                rows++;
                long line = source.line();
                java.util.Arrays.fill(values, null);
                java.util.Arrays.fill(bad, false);
                for (int i = 0; i < cells.length; i++) {
                    String v = cells[i].strip();
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (i >= position.length) {
                        problems.add(new ImportProblem(file, line, null, "the record has " + cells.length
                                + " values but the header has " + header.length + " columns"));
                        break;
                    }
                    Column column = columns.get(position[i]);
                    try {
                        values[position[i]] = column.type().canonical(v);
                    } catch (IllegalArgumentException e) {
                        bad[position[i]] = true;
                        problems.add(new ImportProblem(file, line, column.name(), e.getMessage()));
                    }
                }
                buffer.append(line);
                for (int j = 0; j < values.length; j++) {
                    Column column = columns.get(j);
                    String v = values[j];
                    if (v == null && !bad[j]) {
                        if (column.required()) {
                            problems.add(new ImportProblem(file, line, column.name(), "a value is required"));
                        } else {
                            v = column.defaultValue();
                        }
                    }
                    buffer.append('\t');
                    appendCopyText(buffer, v);
                }
                buffer.append('\n');
                if (buffer.length() >= FLUSH_AT) {
                    flush(in, buffer);
                }
            }
        } catch (RowSource.Unreadable e) {
            problems.add(new ImportProblem(file, e.line, null, e.getMessage()));
            readable = false;
        } finally {
            flush(in, buffer);
            in.endCopy();
        }
        return new StagedFile(spec, file, rows, named, readable);
    }

    private static boolean matchHeader(FileSpec spec, String file, String[] header, long line, Column[] byIndex,
            Set<String> named, Problems.Source problems) {
        boolean ok = true;
        for (int i = 0; i < header.length; i++) {
            String name = header[i].strip().toLowerCase(Locale.ROOT);
            var column = spec.column(name);
            if (name.isEmpty()) {
                problems.add(new ImportProblem(file, line, "#" + (i + 1), "the column has no name in the header"));
                ok = false;
            } else if (column.isEmpty()) {
                problems.add(new ImportProblem(file, line, name, "unknown column: the columns of " + file + " are "
                        + columnList(spec)));
                ok = false;
            } else if (!named.add(name)) {
                problems.add(new ImportProblem(file, line, name, "the column appears twice in the header"));
                ok = false;
            } else {
                byIndex[i] = column.get();
            }
        }
        for (Column column : spec.columns) {
            if (column.required() && !named.contains(column.name())) {
                problems.add(new ImportProblem(file, line, column.name(), "required column is missing from the header"));
                ok = false;
            }
        }
        return ok;
    }

    static String columnList(FileSpec spec) {
        return spec.columns.stream().map(c -> c.name() + (c.required() ? "*" : "")).collect(Collectors.joining(", "))
                + " (* = required)";
    }

    private static void appendCopyText(StringBuilder buffer, String v) {
        if (v == null) {
            buffer.append("\\N");
            return;
        }
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private static void flush(CopyIn in, StringBuilder buffer) throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }
}
