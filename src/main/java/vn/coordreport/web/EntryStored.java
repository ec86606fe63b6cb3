package vn.coordreport.web;

import static vn.coordreport.messages.DateFormats.DAY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.coordreport.ingest.StoredRows;

/**
 * What the entry form shows of a period already stored ({@link StoredRows}), table by table: each row's cells as a
 * clerk reads them (names for codes, {@code 05/03/2021}, {@code 1.500.000.000}), and a record with its register
 * number ({@code ref}) as the form's cells, to correct it: sent again with other values under the same agency and
 * number, it replaces the stored one (import format 1.1, "Re-submission"). A row without one has no identity to
 * correct by; it is undone with its import.
 */
record EntryStored(Map<String, StoredRows.Rows> files, EntryChoices choices) {

    private static final PageFormat FORMAT = new PageFormat();

    public StoredRows.Rows of(EntryForm.Table table) {
        return files.getOrDefault(table.file(), new StoredRows.Rows(List.of(), 0));
    }

    /** How many rows are stored in every table together. */
    public int total() {
        return files.values().stream().mapToInt(StoredRows.Rows::total).sum();
    }

    /** A stored row's cells, in the table's column order, as read on the page (empty for none). */
    public List<String> shown(EntryForm.Table table, StoredRows.Row row) {
        return table.columns().stream().map(c -> {
            Object value = row.values().get(c.name());
            if (value == null) {
                return "";
            }
            if (c.choice()) {
                return choices.of(c).stream().filter(o -> o.code().equals(value)).map(EntryForm.Choice::name)
                        .findFirst().orElse(value.toString());
            }
            return typed(value);
        }).toList();
    }

    /** Whether a row can be corrected on the form: a record with its register number. */
    public boolean correctable(EntryForm.Table table, StoredRows.Row row) {
        return table.file().equals("records.csv") && row.values().get("ref") != null;
    }

    /**
     * The stored record of an agency (null: none) and register number, as the form's cells of its records' table.
     */
    static Optional<List<String>> record(Map<String, StoredRows.Rows> files, String agency, String ref) {
        EntryForm.Table records = EntryForm.table("records.csv");
        String wantedAgency = agency == null || agency.isBlank() ? null : agency.strip();
        return files.getOrDefault(records.file(), new StoredRows.Rows(List.of(), 0)).rows().stream()
                .filter(r -> ref.strip().equals(r.values().get("ref"))
                        && java.util.Objects.equals(wantedAgency, r.values().get("agency")))
                .findFirst()
                .map(r -> records.columns().stream().map(c -> r.values().get(c.name()))
                        .map(v -> v == null ? "" : typed(v)).toList());
    }

    /** A value as the form takes it back: {@code 05/03/2021}, {@code 1.234,5}. */
    private static String typed(Object value) {
        if (value instanceof LocalDate day) {
            return DAY.format(day);
        }
        if (value instanceof BigDecimal number) {
            return FORMAT.number(number);
        }
        return value instanceof Long number ? FORMAT.count(number) : value.toString();
    }
}
