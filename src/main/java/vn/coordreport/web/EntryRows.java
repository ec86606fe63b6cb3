package vn.coordreport.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows typed into the data-entry form as the CSV files of the import
 * format: a file per table that has rows, with the agreement chosen as the
 * first column; blank rows are left out, and the form row each line comes from
 * is kept, so that a problem at {@code records.csv:3} is shown on its row.
 * Numbers are typed as Vietnamese write them ({@link #number}).
 */
final class EntryRows {

    /** Thousands grouped with dots, perhaps a decimal comma: {@code 1.234}, {@code 1.500.000.000}, {@code 1.234,5}. */
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    /** A decimal comma without grouping: {@code 2,5}. */
    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("-?\\d+,\\d+");

    /**
     * The CSV text of each file, per file the form row (0-based) of each data line (line 2 first), and the numbers
     * as typed where the CSV writes them otherwise (by file, form row and column: {@code 12.5} for {@code 12,5}).
     */
    record Files(Map<String, String> csv, Map<String, List<Integer>> formRows,
            Map<String, Map<Integer, Map<String, String>>> typedNumbers) {

        boolean empty() {
            return csv.isEmpty();
        }

        /** The form row of a problem's line, or -1 for the file as a whole. */
        int formRow(String file, long line) {
            List<Integer> rows = formRows.getOrDefault(file, List.of());
            return line >= 2 && line - 2 < rows.size() ? rows.get((int) line - 2) : -1;
        }

        /**
         * A problem of a form row as its clerk reads it: the number of the column to blame quoted as they typed it
         * ("'12,5' không phải là số đồng nguyên"), not as the CSV gave it to the import ('12.5').
         */
        String asTyped(String file, int row, String column, String message) {
            Map<String, String> numbers = typedNumbers.getOrDefault(file, Map.of()).getOrDefault(row, Map.of());
            String typed = column == null ? null : numbers.get(column);
            return typed == null ? message : message.replace("'" + number(typed) + "'", "'" + typed + "'");
        }
    }

    private EntryRows() {
    }

    static Files of(String agreement, Map<String, List<List<String>>> typed) {
        Map<String, String> csv = new LinkedHashMap<>();
        Map<String, List<Integer>> formRows = new LinkedHashMap<>();
        Map<String, Map<Integer, Map<String, String>>> typedNumbers = new LinkedHashMap<>();
        for (EntryForm.Table table : EntryForm.TABLES) {
            List<List<String>> rows = typed.getOrDefault(table.file(), List.of());
            StringBuilder text = new StringBuilder("agreement");
            table.columns().forEach(c -> text.append(',').append(c.name()));
            text.append("\r\n");
            List<Integer> lines = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                List<String> row = rows.get(i);
                if (blank(table, row)) {
                    continue;
                }
                text.append(quoted(agreement));
                for (int c = 0; c < row.size(); c++) {
                    String v = row.get(c) == null ? "" : row.get(c).strip();
                    EntryForm.Column column = table.columns().get(c);
                    String written = column.input() == EntryForm.Input.NUMBER ? number(v) : v;
                    if (!written.equals(v)) {
                        typedNumbers.computeIfAbsent(table.file(), f -> new LinkedHashMap<>())
                                .computeIfAbsent(i, r -> new LinkedHashMap<>()).put(column.name(), v);
                    }
                    text.append(',').append(quoted(written));
                }
                text.append("\r\n");
                lines.add(i);
            }
            if (!lines.isEmpty()) {
                csv.put(table.file(), text.toString());
                formRows.put(table.file(), lines);
            }
        }
        return new Files(csv, formRows, typedNumbers);
    }

    /**
     * Whether nothing was typed in the row: the period the form fills in by itself (the session's) does not make
     * a row.
     */
    static boolean blank(EntryForm.Table table, List<String> row) {
        for (int c = 0; c < row.size(); c++) {
            String v = row.get(c);
            if (v != null && !v.isBlank() && table.columns().get(c).input() != EntryForm.Input.PERIOD) {
                return false;
            }
        }
        return true;
    }

    /**
     * A number as the import format writes it, from the way a Vietnamese clerk types it: the dots of
     * {@code 1.234} or {@code 1.500.000.000} group thousands (it is one thousand two hundred and thirty-four, not
     * one and a fraction, as the format would read it) and the comma of {@code 2,5} marks the decimals. Anything
     * else is left as typed, for the import to judge. Three decimals get a trailing zero ({@code 2,345} is
     * {@code 2.3450}): the import refuses {@code 2.345} written as text, which reads two ways.
     */
    static String number(String typed) {
        String written;
        if (GROUPED.matcher(typed).matches()) {
            written = typed.replace(".", "").replace(',', '.');
        } else if (DECIMAL_COMMA.matcher(typed).matches()) {
            written = typed.replace(',', '.');
        } else {
            return typed;
        }
        return THREE_DECIMALS.matcher(written).matches() ? written + "0" : written;
    }

    private static final java.util.regex.Pattern THREE_DECIMALS = java.util.regex.Pattern.compile("\\d+\\.\\d{3}");

    /** A CSV field: always quoted, quotes doubled, so that commas, quotes and line breaks typed stay text. */
    static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
