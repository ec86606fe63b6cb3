package vn.coordreport.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report body as the template reads it: one row per band, its {@code kind}
 * choosing the detail band (paragraph, table group, table row,
 * chart header, chart row); the indicator table's rows form a group whose
 * header holds the column heads. Headings travel with the row that follows them so
 * that a heading never ends a page alone. Texts are JasperReports "styled"
 * markup: what comes from the data is escaped here.
 */
final class ReportLines {

    static final String PARAGRAPH = "PARAGRAPH";
    static final String TABLE = "TABLE";
    static final String TABLE_GROUP = "TABLE_GROUP";
    static final String TABLE_ROW = "TABLE_ROW";
    static final String CHART_HEAD = "CHART_HEAD";
    static final String CHART_ROW = "CHART_ROW";

    private final List<Map<String, ?>> rows = new ArrayList<>();
    private final List<String> pendingHeadings = new ArrayList<>();

    /** {@code I. KẾT QUẢ ĐẠT ĐƯỢC}: bold capitals. */
    ReportLines section(String numberedTitle) {
        pendingHeadings.add("<b>" + escape(numberedTitle) + "</b>");
        return this;
    }

    /** {@code 1. Kết quả trên các lĩnh vực}: bold. */
    ReportLines subsection(String numberedTitle) {
        pendingHeadings.add("<b>" + escape(numberedTitle) + "</b>");
        return this;
    }

    /** {@code a) Quản lý, bảo vệ đường biên giới}: italic. */
    ReportLines item(String numberedTitle) {
        pendingHeadings.add("<i>" + escape(numberedTitle) + "</i>");
        return this;
    }

    /** A body paragraph; {@code markup} is already escaped styled text. */
    ReportLines paragraphMarkup(String markup) {
        return add(PARAGRAPH, Map.of("text", markup));
    }

    ReportLines paragraph(String text) {
        return paragraphMarkup(escape(text));
    }

    /**
     * A field's row spanning the indicator table. Table rows share the block
     * {@code TABLE}, whose group header prints the column heads (repeated on
     * each page) and, the first time, the headings of the table's first row.
     */
    ReportLines tableGroup(String fieldName) {
        return add(TABLE_GROUP, Map.of("c1", fieldName, "block", TABLE));
    }

    /** An indicator's row, cells c1 .. c8. */
    ReportLines tableRow(String... values) {
        Map<String, String> cells = cells(values);
        cells.put("block", TABLE);
        return add(TABLE_ROW, cells);
    }

    /** The chart's legend: what the dark and the light bars stand for. */
    ReportLines chartHead(String currentLegend, String previousLegend) {
        return add(CHART_HEAD, Map.of("c1", currentLegend, "c2", previousLegend));
    }

    /** One indicator's pair of bars; the fractions (0 .. 1) set their lengths. */
    ReportLines chartRow(String label, String currentValue, String previousValue,
            double currentFraction, double previousFraction) {
        return add(CHART_ROW, Map.of("c1", label, "c2", currentValue, "c3", previousValue,
                "barCurrent", currentFraction, "barPrevious", previousFraction));
    }

    List<Map<String, ?>> rows() {
        if (!pendingHeadings.isEmpty()) {
            throw new IllegalStateException("headings without content: " + pendingHeadings);
        }
        return List.copyOf(rows);
    }

    private ReportLines add(String kind, Map<String, ?> values) {
        Map<String, Object> row = new HashMap<>(values);
        row.put("kind", kind);
        if (!pendingHeadings.isEmpty()) {
            row.put("heading", String.join("\n", pendingHeadings));
            pendingHeadings.clear();
        }
        rows.add(row);
        return this;
    }

    private static Map<String, String> cells(String... values) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            cells.put("c" + (i + 1), values[i] == null ? "" : values[i]);
        }
        return cells;
    }

    /** Escapes text for JasperReports styled markup. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
