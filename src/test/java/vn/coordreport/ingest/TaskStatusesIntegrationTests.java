package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key task given the day it was done on but left PLANNED (its status blank) or IN_PROGRESS is taken and told: the
 * report says "chưa thực hiện" of it and not the day, nearly always a status the clerk forgot to change. A task
 * DONE on its day, or not done, is not told.
 */
class TaskStatusesIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void aTaskDoneOnADayButNotDoneIsTold() {
        try (ImportDatabase db = ImportDatabase.freshOn(LocalDate.of(2026, 12, 5))) {
            assertThat(db.importer().importPath(ImportFolder.QUANG_TRI, false).noticeLines())
                    .noneMatch(n -> n.startsWith("tasks.csv"));

            ImportOutcome told = db.importer().importPath(new ImportFolder(temp.resolve("told")).write("tasks.csv", """
                    agreement,period,text,field,lead_agency,due_on,status,done_on,reference
                    09/QCPH/SNgV-BP,2021,Tổ chức đoàn khảo sát tuyến biên giới.,BORDER,SNGV-QT,2021-09-30,DONE,2021-09-20,
                    09/QCPH/SNgV-BP,2021,Xây dựng kế hoạch tuần tra song phương.,BORDER,SNGV-QT,2021-10-31,,2021-10-15,
                    09/QCPH/SNgV-BP,2021,Rà soát các dự án phi chính phủ.,NGO_AID,SNGV-QT,,IN_PROGRESS,2021-11-02,
                    09/QCPH/SNgV-BP,2021,Tập huấn kiến thức đối ngoại.,ADVISORY,SNGV-QT,,PLANNED,,
                    """).path, false);
            assertThat(told.problemLines()).isEmpty();
            assertThat(told.noticeLines()).containsExactly(
                    "tasks.csv:3: status: nhiệm vụ có ngày hoàn thành 15/10/2021 nhưng tình trạng là PLANNED (chưa thực"
                            + " hiện), và 1 nhiệm vụ khác phía dưới cũng có ngày hoàn thành mà không ghi DONE: báo cáo sẽ"
                            + " ghi mỗi nhiệm vụ theo tình trạng của nó (ở đây là 'chưa thực hiện') và không nêu ngày"
                            + " hoàn thành. Nếu nhiệm vụ đã hoàn thành, hãy ghi DONE ở cột status; muốn sửa, hãy hủy"
                            + " lần nhập này rồi nhập lại tệp đã sửa.");

            // the same file again writes nothing: not told again; one task alone, in a dry run
            assertThat(db.importer().importPath(temp.resolve("told"), false).notices()).isEmpty();
            ImportOutcome one = db.importer().importPath(new ImportFolder(temp.resolve("one")).write("tasks.csv", """
                    agreement,period,text,field,lead_agency,due_on,status,done_on,reference
                    09/QCPH/SNgV-BP,2021,Tổ chức hội nghị sơ kết.,BORDER,SNGV-QT,,in_progress,2021-12-01,
                    """).path, true);
            assertThat(one.noticeLines()).containsExactly("tasks.csv:2: status: nhiệm vụ có ngày hoàn thành 01/12/2021"
                    + " nhưng tình trạng là IN_PROGRESS (đang thực hiện): báo cáo sẽ ghi 'đang thực hiện' và không nêu"
                    + " ngày hoàn thành. Nếu nhiệm vụ đã hoàn thành, hãy ghi DONE ở cột status trước khi nhập.");
        }
    }
}
