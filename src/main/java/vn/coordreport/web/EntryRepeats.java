package vn.coordreport.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.ImportStatus;

/**
 * The import's notice of rows alike ({@code RepeatedRows}: a row identical in every column to an earlier one, the
 * import writing one at least), said of the form's rows as the clerk typed them: "Chép dòng trên" makes such a row
 * in a keystroke, and a date left unchanged counts the work twice. The form refuses a date to come before it
 * imports, so a notice without a column is of rows alike.
 */
final class EntryRepeats {

    private EntryRepeats() {
    }

    static List<String> of(EntryRows.Files files, Map<String, List<List<String>>> typed, ImportOutcome outcome) {
        List<String> said = new ArrayList<>();
        boolean saved = outcome.status() == ImportStatus.IMPORTED;
        if (!saved && outcome.status() != ImportStatus.VALIDATED) {
            return said;
        }
        for (ImportProblem notice : outcome.notices()) {
            EntryForm.Table table = EntryForm.table(notice.file());
            int row = files.formRow(notice.file(), notice.line());
            if (notice.column() != null || table == null || row < 0) {
                continue;
            }
            List<List<String>> rows = typed.get(notice.file());
            int first = firstAlike(rows, row);
            long more = repeats(table, rows) - 1;
            String which = "trong bảng " + table.title() + (saved ? " vừa lưu" : "") + ", dòng thứ " + (row + 1)
                    + (first < row ? " giống hệt dòng thứ " + (first + 1) : " giống hệt một dòng khác") + " ở mọi ô"
                    + (more > 0 ? ", và " + more + " dòng khác cũng lặp lại một dòng trên nó" : "");
            said.add(saved
                    ? "Lưu ý: " + which + "; các dòng đều đã được lưu và đều được tính. Nếu nhập nhầm hai lần, hãy hủy"
                            + " lần nhập #" + outcome.importId() + " trong lịch sử nhập rồi nhập lại các dòng đúng."
                    : "Lưu ý: " + which + "; nếu lưu, các dòng đều được tính. Nếu nhập nhầm hai lần, hãy xóa dòng thừa"
                            + " trước khi lưu.");
        }
        return said;
    }

    /** The first row above {@code row} with the same values in every cell. */
    private static int firstAlike(List<List<String>> rows, int row) {
        List<String> values = stripped(rows.get(row));
        for (int i = 0; i < row; i++) {
            if (stripped(rows.get(i)).equals(values)) {
                return i;
            }
        }
        return row;
    }

    /** How many rows typed repeat a row above them. */
    private static long repeats(EntryForm.Table table, List<List<String>> rows) {
        Map<List<String>, Integer> seen = new HashMap<>();
        long count = 0;
        for (List<String> row : rows) {
            if (!EntryRows.blank(table, row) && seen.merge(stripped(row), 1, Integer::sum) > 1) {
                count++;
            }
        }
        return count;
    }

    private static List<String> stripped(List<String> row) {
        return row.stream().map(v -> v == null ? "" : v.strip()).toList();
    }
}
