package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The rows typed into the data-entry form become the import format's CSV text:
 * the agreement first, every value quoted (commas, quotes and line breaks typed
 * stay text), blank rows left out (the period filled in by the form does not
 * make a row), and each CSV line traced back to the form row it came from.
 */
class EntryRowsTests {

    static final String QT = "09/QCPH/SNgV-BP";

    @Test
    void typedRowsBecomeTheFormatsCsvWithBlankRowsLeftOutAndLinesTracedToTheirRows() {
        EntryRows.Files files = EntryRows.of(QT, Map.of(
                "records.csv", List.of(
                        List.of("", "", "", "", "", "", "", ""),
                        List.of("JOINT_PATROL", "05/03/2021", "2", "", "Đồn \"Cửa Việt\", Lào", "BDBP-QT", "dòng 1\ndòng 2", "")),
                "tasks.csv", List.of(List.of("2021", "", "", "", "", "", "", ""))));

        assertThat(files.csv()).containsOnlyKeys("records.csv");
        assertThat(files.csv().get("records.csv")).isEqualTo(
                "agreement,indicator,date,quantity,amount_vnd,counterpart,agency,note,ref\r\n"
                        + "\"09/QCPH/SNgV-BP\",\"JOINT_PATROL\",\"05/03/2021\",\"2\",\"\",\"Đồn \"\"Cửa Việt\"\", Lào\","
                        + "\"BDBP-QT\",\"dòng 1\ndòng 2\",\"\"\r\n");
        assertThat(files.formRow("records.csv", 2)).isEqualTo(1);
        assertThat(files.formRow("records.csv", 0)).isEqualTo(-1);
        assertThat(files.formRow("tasks.csv", 2)).isEqualTo(-1);
    }

    @Test
    void numbersAreTypedAsVietnameseWriteThem() {
        // the format would read "1.234" as one and a fraction: in the form it is one thousand two hundred and thirty-four
        EntryRows.Files files = EntryRows.of(QT, Map.of("records.csv", List.of(
                List.of("JOINT_PATROL", "05/03/2021", "1.234", "1.500.000.000", "", "", "", ""),
                List.of("AID_SUPPLIES", "06/03/2021", "2,5", "", "", "", "1.234", ""),
                List.of("AID_SUPPLIES", "07/03/2021", "1.234,5", "12", "", "", "", ""),
                List.of("AID_SUPPLIES", "08/03/2021", "1.5", "1,5 tỷ", "", "", "", ""),
                List.of("AID_SUPPLIES", "09/03/2021", "2,345", "", "", "", "", ""))));

        assertThat(files.csv().get("records.csv").lines().skip(1).toList()).containsExactly(
                "\"09/QCPH/SNgV-BP\",\"JOINT_PATROL\",\"05/03/2021\",\"1234\",\"1500000000\",\"\",\"\",\"\",\"\"",
                // a note is text, whatever it holds
                "\"09/QCPH/SNgV-BP\",\"AID_SUPPLIES\",\"06/03/2021\",\"2.5\",\"\",\"\",\"\",\"1.234\",\"\"",
                "\"09/QCPH/SNgV-BP\",\"AID_SUPPLIES\",\"07/03/2021\",\"1234.5\",\"12\",\"\",\"\",\"\",\"\"",
                // what is not written the Vietnamese way is left for the import to judge
                "\"09/QCPH/SNgV-BP\",\"AID_SUPPLIES\",\"08/03/2021\",\"1.5\",\"1,5 tỷ\",\"\",\"\",\"\",\"\"",
                // two and some thousandths, with a zero that keeps the import from reading 2.345 two ways
                "\"09/QCPH/SNgV-BP\",\"AID_SUPPLIES\",\"09/03/2021\",\"2.3450\",\"\",\"\",\"\",\"\",\"\"");
    }

    @Test
    void aProblemQuotesTheNumberAsTypedNotAsTheCsvWroteIt() {
        EntryRows.Files files = EntryRows.of(QT, Map.of("records.csv", List.of(
                List.of("", "", "", "", "", "", "", ""),
                List.of("NGO_PROJECT", "05/03/2021", "1", "12,5", "", "", "", ""))));
        Map<String, EntryProblems> problems = EntryProblems.of(files, List.of(
                new vn.coordreport.ingest.ImportProblem("records.csv", 2, "amount_vnd",
                        "'12.5' không phải là số đồng nguyên"),
                new vn.coordreport.ingest.ImportProblem("records.csv", 2, "date", "'12.5' là một ví dụ khác")));

        assertThat(problems.get("records.csv").at(1)).extracting(vn.coordreport.ingest.ImportProblem::message)
                .containsExactly("'12,5' không phải là số đồng nguyên", "'12.5' là một ví dụ khác");
    }

    @Test
    void aFormWithNothingTypedMakesNoFile() {
        assertThat(EntryRows.of(QT, Map.of("assessments.csv", List.of(List.of("2021", "", "", "")))).empty()).isTrue();
    }

    @Test
    void aProblemsColumnIsNamedAsTheFormNamesIt() {
        EntryForm.Table records = EntryForm.TABLES.get(0);
        assertThat(records.label("date")).isEqualTo("Ngày");
        // the regulation is chosen above the tables, not typed in a column: its problems name it so
        assertThat(records.label("agreement")).isEqualTo("Quy chế");
    }
}
