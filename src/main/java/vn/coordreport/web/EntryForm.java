package vn.coordreport.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data-entry form's tables (issue #17, point 2): one per fact file of the
 * import format that a clerk types from a register, each column named as the
 * file's column, with its Vietnamese label and how it is typed. The rows typed
 * become the files' CSV text ({@link EntryRows}), which the import checks as
 * any file: the form has no rules of its own.
 */
final class EntryForm {

    /** How a column is typed: its input, and the choices of a drop-down. */
    enum Input { TEXT, LONG_TEXT, DATE, NUMBER, PERIOD, INDICATOR, FIELD, AGENCY, TASK_STATUS, COMMENDATION_KIND,
        ASSESSMENT_KIND }

    record Column(String name, String label, Input input, boolean required) {

        public boolean choice() {
            return switch (input) {
                case INDICATOR, FIELD, AGENCY, TASK_STATUS, COMMENDATION_KIND, ASSESSMENT_KIND -> true;
                default -> false;
            };
        }
    }

    /** A table of the form: the file it becomes, its title, its columns. */
    record Table(String file, String title, String hint, List<Column> columns) {

        public String name() {
            return file.substring(0, file.length() - 4);
        }

        public Column column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }

        /**
         * A problem's column as the form names it: its column's label, the regulation chosen above the tables for
         * {@code agreement} (written into every row the form sends), else as the import format names it.
         */
        public String label(String name) {
            Column column = column(name);
            return column != null ? column.label() : name.equals("agreement") ? "Quy chế" : name;
        }
    }

    private EntryForm() {
    }

    private static Column req(String name, String label, Input input) {
        return new Column(name, label, input, true);
    }

    private static Column opt(String name, String label, Input input) {
        return new Column(name, label, input, false);
    }

    static final List<Table> TABLES = List.of(
            new Table("records.csv", "Số liệu", "Mỗi dòng một sự việc: một đoàn, một cuộc tuần tra, một dự án …",
                    List.of(req("indicator", "Chỉ tiêu", Input.INDICATOR), req("date", "Ngày", Input.DATE),
                            opt("quantity", "Số lượng", Input.NUMBER), opt("amount_vnd", "Giá trị (đồng)", Input.NUMBER),
                            opt("counterpart", "Đối tác", Input.TEXT), opt("agency", "Cơ quan", Input.AGENCY),
                            opt("note", "Ghi chú", Input.TEXT), opt("ref", "Số hiệu trong sổ", Input.TEXT))),
            new Table("results.csv", "Kết quả theo lĩnh vực", "Một đoạn văn nêu kết quả đạt được của một lĩnh vực.",
                    List.of(req("field", "Lĩnh vực", Input.FIELD), req("date", "Ngày", Input.DATE),
                            req("text", "Nội dung", Input.LONG_TEXT))),
            new Table("limitations.csv", "Hạn chế, tồn tại", "Hạn chế phát hiện trong kỳ và nguyên nhân.",
                    List.of(req("date", "Ngày phát hiện", Input.DATE), req("text", "Nội dung", Input.LONG_TEXT),
                            opt("field", "Lĩnh vực", Input.FIELD), opt("resolved_on", "Ngày khắc phục", Input.DATE),
                            opt("cause", "Nguyên nhân", Input.LONG_TEXT))),
            new Table("tasks.csv", "Nhiệm vụ trọng tâm", "Nhiệm vụ đặt ra cho một kỳ và tình hình thực hiện.",
                    List.of(req("period", "Kỳ", Input.PERIOD), req("text", "Nhiệm vụ", Input.LONG_TEXT),
                            opt("field", "Lĩnh vực", Input.FIELD), opt("lead_agency", "Cơ quan chủ trì", Input.AGENCY),
                            opt("due_on", "Hạn", Input.DATE), opt("status", "Tình trạng", Input.TASK_STATUS),
                            opt("done_on", "Ngày hoàn thành", Input.DATE), opt("reference", "Văn bản chỉ đạo", Input.TEXT))),
            new Table("targets.csv", "Chỉ tiêu kế hoạch", "Giá trị kế hoạch của một chỉ tiêu trong kỳ.",
                    List.of(req("indicator", "Chỉ tiêu", Input.INDICATOR), req("period", "Kỳ", Input.PERIOD),
                            req("quantity", "Kế hoạch", Input.NUMBER))),
            new Table("commendations.csv", "Khen thưởng", "Ví dụ “02 tập thể, 06 cá nhân” là hai dòng: tập thể 2, cá nhân 6.",
                    List.of(req("period", "Kỳ", Input.PERIOD), req("kind", "Loại", Input.COMMENDATION_KIND),
                            opt("count", "Số lượng", Input.NUMBER), opt("recipient", "Người, đơn vị được khen", Input.TEXT),
                            opt("award", "Hình thức", Input.TEXT), opt("date", "Ngày", Input.DATE))),
            new Table("assessments.csv", "Nhận định, đánh giá", "Đoạn văn của báo cáo mà số liệu không nói được.",
                    List.of(req("period", "Kỳ", Input.PERIOD), req("kind", "Loại", Input.ASSESSMENT_KIND),
                            req("text", "Nội dung", Input.LONG_TEXT), opt("order", "Thứ tự", Input.NUMBER))));

    static Table table(String file) {
        return TABLES.stream().filter(t -> t.file().equals(file)).findFirst().orElse(null);
    }

    /** The fixed choices, code to Vietnamese name, in the order offered. */
    static final Map<Input, List<Choice>> FIXED = Map.of(
            Input.TASK_STATUS, List.of(new Choice("PLANNED", "Chưa thực hiện (theo kế hoạch)"),
                    new Choice("IN_PROGRESS", "Đang thực hiện"), new Choice("DONE", "Đã hoàn thành"),
                    new Choice("DROPPED", "Dừng thực hiện")),
            Input.COMMENDATION_KIND, List.of(new Choice("COLLECTIVE", "Tập thể"), new Choice("INDIVIDUAL", "Cá nhân")),
            Input.ASSESSMENT_KIND, List.of(new Choice("SITUATION", "Đặc điểm tình hình"),
                    new Choice("LEADERSHIP", "Công tác lãnh đạo, chỉ đạo, triển khai"),
                    new Choice("LESSON", "Bài học kinh nghiệm"), new Choice("PROPOSAL", "Kiến nghị, đề xuất"),
                    new Choice("DIRECTION", "Ý kiến chỉ đạo của hội nghị")));

    /** A drop-down's entry: the code the file gets, the name the clerk reads. */
    record Choice(String code, String name) {
    }

    /** The rows posted for a table: the values of each column, row by row (inputs of one column share a name). */
    static List<List<String>> rows(Table table, Map<String, List<String>> posted) {
        int count = table.columns().stream().mapToInt(c -> posted.getOrDefault(key(table, c), List.of()).size())
                .max().orElse(0);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> row = new ArrayList<>();
            for (Column c : table.columns()) {
                List<String> values = posted.getOrDefault(key(table, c), List.of());
                row.add(i < values.size() && values.get(i) != null ? values.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** The name of a column's inputs: {@code records.indicator}. */
    static String key(Table table, Column column) {
        return table.name() + "." + column.name();
    }
}
