package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.ImportProblem;
import vn.coordreport.ingest.ImportStatus;

/**
 * The import's notice of rows alike, said of the form's rows: which typed row repeats which (a blank row in between
 * keeps its place in the count), and, once saved, which import to undo.
 */
class EntryRepeatsTests {

    private static final List<String> PATROL = List.of("JOINT_PATROL", "07/03/2021", "1", "", "", "BDBP-QT", "Mốc 606", "");

    private static final Map<String, List<List<String>>> TYPED = Map.of("records.csv", List.of(PATROL,
            List.of("", "", "", "", "", "", "", ""),
            List.of("JOINT_PATROL", "08/03/2021", "1", "", "", "BDBP-QT", "Mốc 607", ""),
            PATROL, List.of("JOINT_PATROL", "08/03/2021", "1", "", "", "BDBP-QT", "Mốc 607", "")));

    /** The import's notice: CSV line 4 is the fourth form row (the blank second one is left out of the file). */
    private static ImportOutcome outcome(ImportStatus status, Long id) {
        return new ImportOutcome(status, id, List.of(), List.of(), 0,
                List.of(new ImportProblem("records.csv", 4, null, "dòng này giống hệt dòng 2 ở mọi cột …")), 1);
    }

    @Test
    void aSavedFormNamesTheRowsAndTheImportToUndo() {
        assertThat(EntryRepeats.of(EntryRows.of("09/QCPH/SNgV-BP", TYPED), TYPED, outcome(ImportStatus.IMPORTED, 41L)))
                .containsExactly("Lưu ý: trong bảng Số liệu vừa lưu, dòng thứ 4 giống hệt dòng thứ 1 ở mọi ô, và 1 dòng"
                        + " khác cũng lặp lại một dòng trên nó; các dòng đều đã được lưu và đều được tính. Nếu nhập"
                        + " nhầm hai lần, hãy hủy lần nhập #41 trong lịch sử nhập rồi nhập lại các dòng đúng.");
    }

    @Test
    void aRefusedFormSaysItsProblemsOnly() {
        assertThat(EntryRepeats.of(EntryRows.of("09/QCPH/SNgV-BP", TYPED), TYPED, outcome(ImportStatus.REJECTED, null)))
                .isEmpty();
    }
}
