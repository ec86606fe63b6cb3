package vn.coordreport.ingest.format;

import static vn.coordreport.ingest.format.Column.optional;
import static vn.coordreport.ingest.format.Column.required;
import static vn.coordreport.ingest.format.ColumnType.AMOUNT;
import static vn.coordreport.ingest.format.ColumnType.ASSESSMENT_KIND;
import static vn.coordreport.ingest.format.ColumnType.CALENDAR;
import static vn.coordreport.ingest.format.ColumnType.COMMENDATION_KIND;
import static vn.coordreport.ingest.format.ColumnType.COUNT;
import static vn.coordreport.ingest.format.ColumnType.DATE;
import static vn.coordreport.ingest.format.ColumnType.EMAIL;
import static vn.coordreport.ingest.format.ColumnType.KEY;
import static vn.coordreport.ingest.format.ColumnType.ORDINAL;
import static vn.coordreport.ingest.format.ColumnType.PERIOD;
import static vn.coordreport.ingest.format.ColumnType.QUANTITY;
import static vn.coordreport.ingest.format.ColumnType.SYSTEM;
import static vn.coordreport.ingest.format.ColumnType.TASK_STATUS;
import static vn.coordreport.ingest.format.ColumnType.TEXT;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.coordreport.ingest.load.RecordMatch;
import vn.coordreport.ingest.load.Resubmission;

/**
 * The files of the import format (shared/import-format.md), in the order they
 * are applied: catalogue first, then what refers to it. Each has a staging
 * table {@code stg_<name>} with a {@code line} column, one column per file
 * column, named alike, and {@code present}: the row is already stored
 * (see {@link Resubmission}). Records are staged otherwise ({@link RecordMatch}).
 */
public enum FileSpec {

    AGENCIES(required("code", KEY), required("name", TEXT), required("province", KEY), optional("parent", TEXT),
            optional("signer_title", TEXT), optional("signer_name", TEXT), optional("system", SYSTEM),
            optional("unit", TEXT), optional("contact_email", KEY)),
    FIELDS(required("code", KEY), required("name", TEXT)),
    INDICATORS(required("code", KEY), required("name", TEXT), required("field", TEXT), required("unit", TEXT),
            optional("phrase", TEXT)),
    AGREEMENTS(required("code", KEY), required("title", TEXT), required("province", KEY),
            required("signed_on", DATE), required("parties", TEXT), optional("effective_from", DATE),
            optional("effective_to", DATE), optional("symbol", TEXT), optional("calendar", CALENDAR)),
    RECIPIENTS(required("agreement", TEXT), required("email", EMAIL), required("name", TEXT), optional("role", TEXT),
            optional("province", KEY)),
    RECORDS(required("agreement", TEXT), required("indicator", TEXT), required("date", DATE),
            optional("quantity", QUANTITY, "1"), optional("amount_vnd", AMOUNT), optional("counterpart", TEXT),
            optional("agency", TEXT), optional("note", TEXT), optional("ref", KEY)),
    RESULTS(required("agreement", TEXT), required("field", TEXT), required("date", DATE), required("text", TEXT)),
    LIMITATIONS(required("agreement", TEXT), required("date", DATE), required("text", TEXT), optional("field", TEXT),
            optional("resolved_on", DATE), optional("cause", TEXT)),
    TASKS(required("agreement", TEXT), required("period", PERIOD), required("text", TEXT), optional("field", TEXT),
            optional("lead_agency", TEXT), optional("due_on", DATE), optional("status", TASK_STATUS, "PLANNED"),
            optional("done_on", DATE), optional("reference", TEXT)),
    TARGETS(required("agreement", TEXT), required("indicator", TEXT), required("period", PERIOD),
            required("quantity", QUANTITY)),
    COMMENDATIONS(required("agreement", TEXT), required("period", PERIOD), required("kind", COMMENDATION_KIND),
            optional("count", COUNT, "1"), optional("recipient", TEXT), optional("award", TEXT),
            optional("date", DATE)),
    CONFERENCES(required("agreement", TEXT), required("period", PERIOD), required("date", DATE),
            optional("place", TEXT), optional("chairs", TEXT), optional("name", TEXT)),
    ASSESSMENTS(required("agreement", TEXT), required("period", PERIOD), required("kind", ASSESSMENT_KIND),
            required("text", TEXT), optional("order", ORDINAL));

    public final List<Column> columns;

    FileSpec(Column... columns) {
        this.columns = List.of(columns);
    }

    /** {@code records}: the sheet name, and the file name without {@code .csv}. */
    public String baseName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The column names, as a header names them (lower case). */
    public java.util.Set<String> columnNames() {
        return columns.stream().map(Column::name).collect(Collectors.toUnmodifiableSet());
    }

    public String stagingTable() {
        return "stg_" + baseName();
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public String createStaging() {
        return "create temp table " + stagingTable() + " (line bigint not null, present boolean not null default false, "
                + columns.stream().map(c -> "\"" + c.name() + "\" " + c.type().sqlType).collect(Collectors.joining(", "))
                + ") on commit drop";
    }

    public static Optional<FileSpec> byBaseName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.baseName().equals(n)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(FileSpec::baseName).collect(Collectors.joining(", "));
    }
}
