package vn.coordreport.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.coordreport.ingest.ImportProblem;

/**
 * The import's problems of one table of the form, on the rows they concern
 * (the form row of each CSV line) and, for the file as a whole, above the table.
 */
record EntryProblems(Map<Integer, List<ImportProblem>> byRow, Map<Integer, List<String>> columnsByRow,
        List<ImportProblem> whole) {

    static Map<String, EntryProblems> of(EntryRows.Files files, List<ImportProblem> problems) {
        Map<String, EntryProblems> tables = new LinkedHashMap<>();
        for (ImportProblem p : problems) {
            EntryProblems table = tables.computeIfAbsent(p.file(),
                    f -> new EntryProblems(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>()));
            int row = files.formRow(p.file(), p.line());
            if (row < 0) {
                table.whole().add(p);
            } else {
                String said = files.asTyped(p.file(), row, p.column(), p.message());
                table.byRow().computeIfAbsent(row, r -> new ArrayList<>())
                        .add(said.equals(p.message()) ? p : new ImportProblem(p.file(), p.line(), p.column(), said));
                if (p.column() != null) {
                    table.columnsByRow().computeIfAbsent(row, r -> new ArrayList<>()).add(p.column());
                }
            }
        }
        return tables;
    }

    /** Whether the import blamed this column of this row: the input is marked. */
    public boolean blames(int row, String column) {
        return columnsByRow.getOrDefault(row, List.of()).contains(column);
    }

    public List<ImportProblem> at(int row) {
        return byRow.getOrDefault(row, List.of());
    }
}
