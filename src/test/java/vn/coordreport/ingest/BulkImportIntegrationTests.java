package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.coordreport.ingest.ImportFolder.QT;
import static vn.coordreport.ingest.ImportProblemsIntegrationTests.RECORDS;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.coordreport.ingest.load.RecordTable;
import vn.coordreport.support.IntegrationTest;

/**
 * The path of a large records file, taken here for every file
 * ({@code rebuild-indexes=always}): record's indexes dropped and built anew,
 * the reference trigger replaced by locks. It checks and reports like any
 * import, leaves the table as it was when it fails, and gives back the same
 * indexes and the same guard on record when it succeeds.
 */
@IntegrationTest
@TestPropertySource(properties = {"coordreport.test.database=BulkImportIntegrationTests", // a database of its own
        "coordreport.import.rebuild-indexes=always"})
class BulkImportIntegrationTests {

    @Autowired
    Importer importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ImportProperties settings;

    @TempDir
    Path temp;

    List<String> indexes;

    @BeforeEach
    void givenTheQuangTriSample() {
        importer.importPath(ImportFolder.QUANG_TRI, false);
        indexes = recordIndexes();
        assertThat(indexes).hasSize(3 + 6);
    }

    @Test
    void aRebuildingLoadLeavesNoTriggerThatWouldCaptureItsRows() {
        transactions.executeWithoutResult(tx -> {
            RecordTable.open(jdbc, Long.MAX_VALUE, settings);

            // PostgreSQL keeps every inserted row for an insert trigger's transition table, even a disabled trigger's
            assertThat(jdbc.sql("select count(*) from pg_trigger where tgrelid = 'record'::regclass"
                    + " and tgtype & 4 <> 0 and tgnewtable is not null").query(Integer.class).single()).isZero();
            tx.setRollbackOnly();
        });
        assertThat(recordIndexes()).isEqualTo(indexes);
    }

    @Test
    void recordsArriveWithTheirIndexesAndReferenceCheckBack() {
        // given
        ImportFolder folder = new ImportFolder(temp.resolve("bulk")).write("records.csv", RECORDS
                + QT + ",JOINT_PATROL,2021-05-01,2,1500000,Lào,BDBP-QT,\"ghi chú, có dấu phẩy\"\n"
                + QT + ",MOU,01/06/2021,,,,,\n");
        long before = CoordinationTables.count(jdbc, "record");

        // when
        ImportOutcome outcome = importer.importPath(folder.path, false);

        // then
        assertThat(outcome.problemLines()).isEmpty();
        assertThat(outcome.records()).isEqualTo(2);
        assertThat(CoordinationTables.count(jdbc, "record")).isEqualTo(before + 2);
        assertThat(jdbc.sql("""
                select i.code || '|' || r.occurred_on || '|' || r.quantity || '|' || coalesce(r.amount_vnd::text, '-')
                       || '|' || coalesce(r.counterpart, '-') || '|' || coalesce(a.code, '-') || '|' || coalesce(r.note, '-')
                from record r join indicator i on i.id = r.indicator_id left join agency a on a.id = r.agency_id
                where r.import_id = :id order by r.occurred_on""").param("id", outcome.importId()).query(String.class).list())
                .containsExactly("JOINT_PATROL|2021-05-01|2.000|1500000|Lào|BDBP-QT|ghi chú, có dấu phẩy",
                        "MOU|2021-06-01|1.000|-|-|-|-");
        assertThat(recordIndexes()).isEqualTo(indexes);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into record (agreement_id, indicator_id, occurred_on, import_id)
                select 999999, id, date '2021-01-01', :id from indicator limit 1""").param("id", outcome.importId())
                .update()).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("record refers to an agreement, indicator, agency or import that does not exist");
    }

    @Test
    void problemsAreReportedByLineAndNothingIsWritten() {
        ImportFolder folder = new ImportFolder(temp.resolve("problems")).write("records.csv", RECORDS
                + QT + ",JOINT_PATROL,2021-05-01,1,,,,\n"
                + "09/QCPH/XX,JOINT_PATROL,2021-05-01,1,,,,\n"
                + QT + ",JOINT_PATROLS,2021-05-01,x,,,BDBP-XX,\n"
                + QT + ",JOINT_PATROL,2020-01-01,1,,,,\n"
                + QT + ",JOINT_PATROL,0000-01-01,1000000000000000,,,,\n");
        Map<String, List<String>> before = CoordinationTables.dump(jdbc);

        ImportOutcome outcome = importer.importPath(folder.path, false);

        assertThat(outcome.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(outcome.problemLines()).containsExactly(
                "records.csv:3: agreement: mã quy chế '09/QCPH/XX' không có trong tệp agreements.csv của lần nhập này, "
                        + "cũng không có trong cơ sở dữ liệu",
                "records.csv:4: agency: mã cơ quan 'BDBP-XX' không có trong tệp agencies.csv của lần nhập này, cũng "
                        + "không có trong cơ sở dữ liệu",
                "records.csv:4: indicator: mã chỉ tiêu 'JOINT_PATROLS' không có trong tệp indicators.csv của lần nhập "
                        + "này, cũng không có trong danh mục: có phải là 'JOINT_PATROL'?",
                "records.csv:4: quantity: 'x' không phải là số: chỉ ghi chữ số, phần thập phân ngăn bằng dấu "
                        + "chấm '.', không dùng dấu phân cách hàng nghìn",
                "records.csv:5: date: ngày 01/01/2020 nằm ngoài thời hạn hiệu lực của quy chế '09/QCPH/SNgV-BP' "
                        + "(từ 23/02/2021, chưa có ngày hết hiệu lực)",
                "records.csv:6: date: '0000-01-01' không phải là ngày hợp lệ: không có năm 0",
                "records.csv:6: quantity: '1000000000000000' quá lớn: số lượng phải nhỏ hơn 10^15 (tối đa 15 "
                        + "chữ số trước dấu thập phân)");
        assertThat(CoordinationTables.dump(jdbc)).isEqualTo(before);
        assertThat(recordIndexes()).isEqualTo(indexes);
    }

    @Test
    void aProblemInALaterFileRollsTheWrittenRecordsBack() {
        // given records that are right, followed by a results file that is not
        ImportFolder folder = new ImportFolder(temp.resolve("later"))
                .write("records.csv", RECORDS + QT + ",JOINT_PATROL,2021-05-01,1,,,,\n")
                .write("results.csv", "agreement,field,date,text\n" + QT + ",NO_FIELD,2021-05-01,Kết quả\n");
        Map<String, List<String>> before = CoordinationTables.dump(jdbc);

        // when
        ImportOutcome outcome = importer.importPath(folder.path, false);

        // then
        assertThat(outcome.problemLines()).containsExactly("results.csv:2: field: mã lĩnh vực 'NO_FIELD' không có trong tệp fields.csv của lần nhập này, cũng "
                + "không có trong danh mục");
        assertThat(CoordinationTables.dump(jdbc)).isEqualTo(before);
        assertThat(recordIndexes()).isEqualTo(indexes);
    }

    @Test
    void recordsAlreadyImportedAreSkippedAndTheRestApplied() {
        ImportFolder first = new ImportFolder(temp.resolve("first"))
                .write("records.csv", RECORDS + QT + ",JOINT_PATROL,2021-07-01,1,,,,\n");
        assertThat(importer.importPath(first.path, false).status()).isEqualTo(ImportStatus.IMPORTED);
        long records = CoordinationTables.count(jdbc, "record");
        ImportFolder second = new ImportFolder(temp.resolve("second"))
                .write("records.csv", RECORDS + QT + ",JOINT_PATROL,2021-07-01,1,,,,\n")
                .write("results.csv", "agreement,field,date,text\n" + QT + ",BORDER,2021-07-02,Kết quả mới\n");

        ImportOutcome outcome = importer.importPath(second.path, false);

        assertThat(outcome.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(outcome.files()).extracting(ImportedFile::skipped).containsExactly(true, false);
        assertThat(CoordinationTables.count(jdbc, "record")).isEqualTo(records);
        assertThat(recordIndexes()).isEqualTo(indexes);
    }

    @Test
    void quantitiesAreStoredAsPostgresqlReadsThem() {
        List<String> quantities = List.of("0", "007", "1.5", "1.2500000", "0.5000000", "12345.678",
                "100000000", "123456789012345.999", "999999999999999.999", "0000000000000000001.25");
        ImportOutcome outcome = importQuantities("numbers", quantities);

        assertThat(outcome.problemLines()).isEmpty();
        List<String> stored = jdbc.sql("select quantity::text from record where import_id = :id order by occurred_on")
                .param("id", outcome.importId()).query(String.class).list();
        List<String> expected = quantities.stream().map(q -> jdbc.sql("select cast(:q as numeric(18, 3))::text")
                .param("q", q).query(String.class).single()).toList();
        assertThat(stored).isEqualTo(expected);

        // beyond thousandths a quantity is refused, not rounded: 2.0005 and 2.0009 would both be stored as 2.001
        List<String> tooPrecise = List.of("0.0005", "0.0004", "1.23456", "12345.6789", "999999999999999.9994");
        ImportOutcome refused = importQuantities("too-precise", tooPrecise);
        assertThat(refused.problemLines()).hasSize(tooPrecise.size())
                .allSatisfy(p -> assertThat(p).contains("có quá 3 chữ số sau dấu thập phân"));
    }

    @Test
    void aQuantityThatReadsTwoWaysIsRefusedNamingItsLine() {
        // a clerk's "60.000" masks: sixty thousand in a Vietnamese spreadsheet, sixty by the format's decimal point
        ImportOutcome refused = importQuantities("two-readings", List.of("12", "60.000"));

        assertThat(refused.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(refused.problemLines()).singleElement().asString()
                .contains("records.csv:3", "quantity", "'60.000' đọc được hai cách", "hãy ghi 60000 hoặc 60");
        assertThat(jdbc.sql("select count(*) from record where import_id = :id").param("id", refused.importId())
                .query(Integer.class).single()).isZero();
    }

    /** One Quảng Trị patrol a day from 01/08/2021 for each quantity, imported from a folder of that name. */
    private ImportOutcome importQuantities(String folder, List<String> quantities) {
        StringBuilder records = new StringBuilder(RECORDS);
        for (int i = 0; i < quantities.size(); i++) {
            records.append(QT).append(",JOINT_PATROL,").append(LocalDate.of(2021, 8, 1).plusDays(i)).append(',')
                    .append(quantities.get(i)).append(",,,,\n");
        }
        return importer.importPath(new ImportFolder(temp.resolve(folder)).write("records.csv", records.toString()).path,
                false);
    }

    @Test
    void aWorkbookTakesTheSamePath() throws IOException {
        Path book = temp.resolve("records.xlsx");
        try (OutputStream out = Files.newOutputStream(book)) {
            Workbook workbook = new Workbook(out, "coordreport-test", "1.0");
            Worksheet sheet = workbook.newWorksheet("records");
            String[] header = {"agreement", "indicator", "date", "quantity", "note"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            sheet.value(1, 0, QT);
            sheet.value(1, 1, "DELEGATION_IN");
            sheet.value(1, 2, "2021-09-09");
            sheet.value(1, 3, 3);
            sheet.value(1, 4, "từ bảng tính");
            // a number cell is a number: 2.345 is two and some thousandths, not a text that reads two ways
            sheet.value(2, 0, QT);
            sheet.value(2, 1, "DELEGATION_IN");
            sheet.value(2, 2, "2021-09-10");
            sheet.value(2, 3, 2.345);
            workbook.finish();
        }

        ImportOutcome outcome = importer.importPath(book, false);

        assertThat(outcome.problemLines()).isEmpty();
        assertThat(jdbc.sql("select r.occurred_on || '|' || r.quantity || '|' || coalesce(r.note, '') from record r "
                + "where r.import_id = :id order by r.occurred_on").param("id", outcome.importId()).query(String.class)
                .list()).containsExactly("2021-09-09|3.000|từ bảng tính", "2021-09-10|2.345|");
        assertThat(recordIndexes()).isEqualTo(indexes);
    }

    @Test
    void theLoadedAgreementsRevisionIsBumpedAsTheTriggerWouldAndNoOther() {
        Map<Integer, Long> before = revisions();
        int agreement = jdbc.sql("select id from agreement where code = :code").param("code", QT)
                .query(Integer.class).single();
        ImportFolder folder = new ImportFolder(temp.resolve("revision"))
                .write("records.csv", RECORDS + QT + ",JOINT_PATROL,2021-10-01,1,,,,\n");

        assertThat(importer.importPath(folder.path, false).status()).isEqualTo(ImportStatus.IMPORTED);

        Map<Integer, Long> after = revisions();
        assertThat(after.get(agreement)).isGreaterThan(before.get(agreement));
        after.remove(agreement);
        before.remove(agreement);
        assertThat(after).isEqualTo(before).containsKey(0);
    }

    private Map<Integer, Long> revisions() {
        return jdbc.sql("select agreement_id, revision from input_revision").query().listOfRows().stream()
                .collect(Collectors.toMap(r -> ((Number) r.get("agreement_id")).intValue(),
                        r -> ((Number) r.get("revision")).longValue(), (x, y) -> x, TreeMap::new));
    }

    /** record's indexes and triggers as PostgreSQL would create them, and whether its insert triggers are on. */
    private List<String> recordIndexes() {
        assertThat(jdbc.sql("select string_agg(tgname || '=' || tgenabled::text, ',' order by tgname) from pg_trigger "
                + "where tgname in ('record_references_on_insert', 'record_revision_on_insert')")
                .query(String.class).single()).isEqualTo("record_references_on_insert=O,record_revision_on_insert=O");
        return jdbc.sql("""
                select indexdef from pg_indexes where tablename = 'record'
                union all
                select pg_get_triggerdef(oid) from pg_trigger where tgrelid = 'record'::regclass and not tgisinternal
                order by 1""").query(String.class).list();
    }
}
