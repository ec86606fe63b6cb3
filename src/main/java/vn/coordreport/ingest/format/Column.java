package vn.coordreport.ingest.format;

/** A column of an import file: its name, type, whether required, and the value of an empty cell. */
public record Column(String name, ColumnType type, boolean required, String defaultValue) {

    static Column required(String name, ColumnType type) {
        return new Column(name, type, true, null);
    }

    static Column optional(String name, ColumnType type) {
        return new Column(name, type, false, null);
    }

    static Column optional(String name, ColumnType type, String defaultValue) {
        return new Column(name, type, false, defaultValue);
    }
}
