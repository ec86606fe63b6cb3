package vn.coordreport.render;

import java.util.List;

/**
 * One piece of a report's body, in reading order: what both the PDF
 * (JasperReports) and the Word document are written from, so that both carry
 * the same text.
 */
sealed interface Block {

    /**
     * A heading: level 1 {@code I. KẾT QUẢ ĐẠT ĐƯỢC} (bold capitals), 2 {@code 1. ...} (bold),
     * 3 {@code a) ...} (italic); level 0 an unnumbered part's title in bold capitals.
     */
    record Heading(int level, String text) implements Block {
    }

    /** A body paragraph: justified, its first line indented. */
    record Paragraph(List<Run> runs) implements Block {

        static Paragraph of(String text) {
            return new Paragraph(List.of(Run.plain(text)));
        }

        String text() {
            StringBuilder s = new StringBuilder();
            runs.forEach(r -> s.append(r.text()));
            return s.toString();
        }

        /** A paragraph ending in a colon introduces the one after it and stays on its page. */
        boolean leadsIn() {
            return text().stripTrailing().endsWith(":");
        }
    }

    /** A stretch of text in one style. */
    record Run(String text, boolean italic) {

        static Run plain(String text) {
            return new Run(text, false);
        }

        static Run italic(String text) {
            return new Run(text, true);
        }
    }

    /**
     * A table: its columns, its rows (a field's row spans every column and stays with the row after it),
     * and a note printed under it, or null.
     */
    record Table(List<Column> columns, List<Row> rows, String note) implements Block {
    }

    /**
     * @param weight  its share of the width
     * @param align   {@code L}, {@code C} or {@code R}
     */
    record Column(String header, int weight, char align) {
    }

    /**
     * A row: {@code group} a field's name spanning the table (cells empty), else one text per column;
     * {@code sub} a row that details the one before it (amounts, counterparts) and stays with it.
     */
    record Row(String group, List<String> cells, boolean sub) {

        static Row group(String name) {
            return new Row(name, List.of(), false);
        }

        static Row cells(List<String> cells) {
            return new Row(null, cells, false);
        }

        static Row detail(List<String> cells) {
            return new Row(null, cells, true);
        }
    }

    /**
     * A chart drawn as a picture, with the sentence under it that says what it shows; {@code title} is its heading's,
     * and the picture's alternative text in the Word document.
     */
    record Chart(ChartData data, String title, String caption) implements Block {
    }
}
