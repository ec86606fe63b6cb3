package vn.coordreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.coordreport.ingest.ImportFolder.QT;
import static vn.coordreport.ingest.ImportFolder.QUANG_TRI;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.ingest.ImportedFile.Counts;
import vn.coordreport.period.Period;
import vn.coordreport.review.Review;
import vn.coordreport.review.ReviewQuery;
import vn.coordreport.support.IntegrationTest;

/**
 * Re-submission (import format 1.1): data sent again, whole or in part, in
 * another file or format, never counts twice; a ref corrects the record it
 * names; each import says what its rows were, a dry run as the import itself,
 * and its undo puts back exactly what it changed. Each test starts from an
 * empty database: every import is undone after it.
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=ResubmissionIntegrationTests") // a database of its own
class ResubmissionIntegrationTests {

    static final Path SAMPLES = Path.of("src/main/resources/samples");
    static final String TN = "05/QCPH-SNgV-BĐBP";
    static final String REGISTER = "agreement,indicator,date,quantity,agency,ref\n";

    @Autowired
    Importer importer;

    @Autowired
    ReviewQuery reviews;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @AfterEach
    void undoEveryImport() {
        importer.history().stream().filter(i -> i.status().equals("APPLIED"))
                .sorted(Comparator.comparingLong(ImportSummary::id).reversed()).forEach(i -> importer.undo(i.id()));
        assertThat(CoordinationTables.count(jdbc, "record") + CoordinationTables.count(jdbc, "record_replaced")).isZero();
    }

    @Test
    void quangTriRecordsWithABlankLineAddedChangeNoFigure() {
        // given the Quảng Trị sample: 17 border violations in 2021, 24 joint patrols against a target of 20
        imported(QUANG_TRI);
        Review once = review(QT, "2021");
        assertThat(figure(once, "BORDER_VIOLATION").quantity()).isEqualByComparingTo("17");
        assertThat(figure(once, "JOINT_PATROL").quantity()).isEqualByComparingTo("24");
        assertThat(figure(once, "JOINT_PATROL").target()).isEqualByComparingTo("20");

        // when its records.csv is imported again with one blank line appended
        String records = sample("quang-tri-2021/records.csv");
        assertThat(records).endsWith("\n");
        ImportOutcome again = imported(folder("blank-line").write("records.csv", records + "\n").path);

        // then every row is known, and the review is the same: 17, and 24 patrols (120% of the target), not 48
        assertThat(again.files()).containsExactly(new ImportedFile("records.csv", 108, null, new Counts(0, 108, 0)));
        assertThat(review(QT, "2021")).isEqualTo(once);
    }

    @Test
    void quangTriResultsSavedAgainWithCrlfAreNotPrintedTwice() {
        // given
        imported(QUANG_TRI);
        Review once = review(QT, "2021");
        String results = sample("quang-tri-2021/results.csv");
        long rows = results.lines().count() - 1;

        // when
        ImportOutcome again = imported(folder("crlf").write("results.csv", results.replace("\n", "\r\n")).path);

        // then
        assertThat(again.files()).containsExactly(new ImportedFile("results.csv", rows, null, new Counts(0, rows, 0)));
        assertThat(review(QT, "2021")).isEqualTo(once);
        assertThat(once.results()).hasSize(5);
    }

    @Test
    void theTayNinhWorkbookFollowedByItsCsvFilesAddsNothing() {
        // given the Tây Ninh sample imported as one workbook (numbers and dates typed as Excel types them)
        Path tayNinh = SAMPLES.resolve("tay-ninh-2019");
        ImportOutcome book = imported(ResubmittedForms.workbook(tayNinh, temp.resolve("tay-ninh-2019.xlsx")));
        assertThat(book.counts()).isEqualTo(new Counts(book.rows(), 0, 0));
        Review once = review(TN, "2019-H1");
        Map<String, List<String>> stored = CoordinationTables.byCodes(jdbc);

        // when its CSV files follow
        ImportOutcome csv = imported(tayNinh);

        // then
        assertThat(csv.files()).isNotEmpty().allSatisfy(f ->
                assertThat(f.counts()).as(f.name()).isEqualTo(new Counts(0, f.rows(), 0)));
        assertThat(review(TN, "2019-H1")).isEqualTo(once);
        assertThat(CoordinationTables.byCodes(jdbc)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"quang-tri-2021", "tay-ninh-2019", "lang-son-2020"})
    void eachSampleSentAgainInAnotherFormChangesNothing(String sample) {
        // given
        Path csv = SAMPLES.resolve(sample);
        ImportOutcome first = imported(csv);
        assertThat(first.counts()).isEqualTo(new Counts(first.rows(), 0, 0));
        Map<String, List<String>> stored = CoordinationTables.byCodes(jdbc);

        for (Path again : List.of(ResubmittedForms.resaved(csv, temp.resolve(sample + "-resaved"), 7),
                ResubmittedForms.workbook(csv, temp.resolve(sample + ".xlsx")))) {
            // when it is sent again: shuffled, with CRLF, ';', a BOM and dates as DD/MM/YYYY; or as one workbook
            ImportOutcome outcome = imported(again);

            // then
            assertThat(outcome.counts()).as(again.toString()).isEqualTo(new Counts(0, first.rows(), 0));
            assertThat(CoordinationTables.byCodes(jdbc)).as(again.toString()).isEqualTo(stored);
        }
    }

    @Test
    void identicalRowsAreMatchedOneToOne() {
        // given the sample, which records two joint patrols on 2021-10-24
        imported(QUANG_TRI);
        String patrol = QT + ",JOINT_PATROL,2021-10-24,1,,,BDBP-QT,\n";
        String header = "agreement,indicator,date,quantity,amount_vnd,counterpart,agency,note\n";

        // when a file holds that row three times, then a new one once, twice, and once again (saved with CRLF)
        ImportOutcome thrice = imported(folder("thrice").write("records.csv", header + patrol + patrol + patrol).path);
        String fresh = QT + ",JOINT_PATROL,2021-12-05,1,,,BDBP-QT,\n";
        ImportOutcome once = imported(folder("once").write("records.csv", header + fresh).path);
        ImportOutcome twice = imported(folder("twice").write("records.csv", header + fresh + fresh).path);
        ImportOutcome again = imported(folder("again").write("records.csv", (header + fresh).replace("\n", "\r\n")).path);

        // then
        assertThat(thrice.counts()).isEqualTo(new Counts(1, 2, 0));
        assertThat(once.counts()).isEqualTo(new Counts(1, 0, 0));
        assertThat(twice.counts()).isEqualTo(new Counts(1, 1, 0));
        assertThat(again.counts()).isEqualTo(new Counts(0, 1, 0));
        assertThat(figure(review(QT, "2021"), "JOINT_PATROL").quantity()).isEqualByComparingTo("27");
    }

    @Test
    void aRefCorrectsItsRecordAndTheUndoOfTheCorrectionPutsItBack() {
        // given the sample and two patrols of the border guard's register
        imported(QUANG_TRI);
        ImportOutcome registered = imported(folder("register").write("records.csv", REGISTER
                + QT + ",JOINT_PATROL,2021-12-01,2,BDBP-QT,TT-01\n" + QT + ",JOINT_PATROL,2021-12-02,1,BDBP-QT,TT-02\n").path);
        assertThat(registered.counts()).isEqualTo(new Counts(2, 0, 0));
        assertThat(figure(review(QT, "2021"), "JOINT_PATROL").quantity()).isEqualByComparingTo("27");
        long revision = revision(QT);

        // when the register is sent again with TT-01 corrected from 2 patrols to 5
        ImportOutcome corrected = imported(folder("corrected").write("records.csv", REGISTER
                + QT + ",JOINT_PATROL,2021-12-02,1,BDBP-QT,TT-02\n" + QT + ",JOINT_PATROL,2021-12-01,5,BDBP-QT,TT-01\n").path);

        // then TT-01 counts once, as corrected, and the review's inputs are known to have changed
        assertThat(corrected.counts()).isEqualTo(new Counts(0, 1, 1));
        assertThat(figure(review(QT, "2021"), "JOINT_PATROL").quantity()).isEqualByComparingTo("30");
        assertThat(quantities("TT-01")).containsExactly("5.000");
        assertThat(revision(QT)).isGreaterThan(revision);
        assertThatThrownBy(() -> importer.undo(registered.importId())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lần nhập #" + corrected.importId() + " sửa bản ghi 'TT-01'");

        // when the correcting import is undone
        revision = revision(QT);
        UndoOutcome undone = importer.undo(corrected.importId());

        // then the record it replaced is back, and only that
        assertThat(undone.removed().get("record")).isEqualTo(1);
        assertThat(undone.restored()).isEqualTo(1);
        assertThat(quantities("TT-01")).containsExactly("2.000");
        assertThat(figure(review(QT, "2021"), "JOINT_PATROL").quantity()).isEqualByComparingTo("27");
        assertThat(CoordinationTables.count(jdbc, "record_replaced")).isZero();
        assertThat(revision(QT)).isGreaterThan(revision);
    }

    @ParameterizedTest
    @ValueSource(strings = {"records.csv", "results.csv", "agencies.csv"})
    void anImportIsNotUndoneFromUnderALaterOneThatSentItsRowsAgain(String file) {
        // given the Quảng Trị sample, then one of its files sent again from Windows (the records with a patrol more)
        ImportOutcome sample = imported(QUANG_TRI);
        String text = sample("quang-tri-2021/" + file)
                + (file.equals("records.csv") ? QT + ",JOINT_PATROL,2021-12-05,1,,,BDBP-QT,\n" : "");
        ImportOutcome again = imported(folder("again").write(file, text.replace("\n", "\r\n")).path);
        assertThat(again.counts().present()).isEqualTo(text.lines().count() - 2 + (file.equals("records.csv") ? 0 : 1));
        Review both = review(QT, "2021");
        Map<String, List<String>> stored = CoordinationTables.byCodes(jdbc);

        // when the sample's import is undone, then it is refused: the later import's rows would go from under it
        assertThatThrownBy(() -> importer.undo(sample.importId())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lần nhập #" + again.importId() + " gửi lại các dòng của " + file
                        + " mà lần nhập này đã thêm");
        assertThat(review(QT, "2021")).isEqualTo(both);
        assertThat(CoordinationTables.byCodes(jdbc)).isEqualTo(stored);

        // when the later import is undone first, then the sample's may be
        importer.undo(again.importId());
        assertThat(importer.undo(sample.importId()).total()).isPositive();
    }

    @Test
    void aRegisterSentAgainWithRefsForRowsStoredWithoutThemCountsNothingTwice() {
        // given the sample's 108 records, stored without a ref
        imported(QUANG_TRI);
        Review once = review(QT, "2021");
        List<String> lines = sample("quang-tri-2021/records.csv").lines().toList();

        // when the border guard's register is sent again, its rows now numbered (SO-0001 ...), with one row more
        StringBuilder numbered = new StringBuilder(lines.get(0)).append(",ref\n");
        for (int i = 1; i < lines.size(); i++) {
            numbered.append(lines.get(i)).append(",SO-%04d\n".formatted(i));
        }
        numbered.append(QT + ",JOINT_PATROL,2021-12-01,1,,,BDBP-QT,,SO-0109\n");
        Path register = folder("numbered").write("records.csv", numbered.toString()).path;
        ImportOutcome dryRun = importer.importPath(register, true);
        ImportOutcome adopted = imported(register);

        // then each stored row is the row of its number, counted once: one patrol more, nothing else
        assertThat(dryRun.counts()).isEqualTo(new Counts(1, 108, 0));
        assertThat(adopted.counts()).isEqualTo(new Counts(1, 108, 0));
        Review now = review(QT, "2021");
        assertThat(figure(now, "JOINT_PATROL").quantity()).isEqualByComparingTo(
                figure(once, "JOINT_PATROL").quantity().add(java.math.BigDecimal.ONE));
        assertThat(figure(now, "BORDER_VIOLATION").quantity()).isEqualByComparingTo("17");
        assertThat(jdbc.sql("select count(*) from record where ref is null").query(Long.class).single()).isZero();
        assertThat(CoordinationTables.count(jdbc, "record")).isEqualTo(109);

        // and a number corrects its row from now on
        String first = lines.get(1);
        ImportOutcome corrected = imported(folder("corrected").write("records.csv", lines.get(0) + ",ref\n"
                + first.replace(",BORDER_VIOLATION,2021-03-04,1,", ",BORDER_VIOLATION,2021-03-04,3,") + ",SO-0001\n").path);
        assertThat(corrected.counts()).isEqualTo(new Counts(0, 0, 1));
        assertThat(figure(review(QT, "2021"), "BORDER_VIOLATION").quantity()).isEqualByComparingTo("19");

        // the first import is not undone while the register holds its rows; the register's undo gives them back
        assertThatThrownBy(() -> importer.undo(adopted.importId() - 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lần nhập #" + adopted.importId() + " gửi lại, kèm số hiệu dòng (ref), bản ghi ngày");
        importer.undo(corrected.importId());
        UndoOutcome undone = importer.undo(adopted.importId());
        assertThat(undone.restored()).isEqualTo(108);
        assertThat(review(QT, "2021")).isEqualTo(once);
        assertThat(jdbc.sql("select count(*) from record where ref is not null").query(Long.class).single()).isZero();
    }

    @Test
    void aLimitationMarkedResolvedAndACommendationsCountCorrectedReplaceTheStoredOnes() {
        // given the sample: one open limitation of 2021, 02 collectives and 06 individuals commended
        imported(QUANG_TRI);
        Review once = review(QT, "2021");
        String limitation = QT + ",2021-07-12,Việc chia sẻ thông tin giữa hai cơ quan có lúc chưa kịp thời.,INFO_EXCHANGE,";

        // when the office sends the limitation again, resolved, and the collectives corrected from 02 to 03
        ImportFolder corrected = folder("corrected")
                .write("limitations.csv", "agreement,date,text,field,resolved_on\n" + limitation + "2021-11-30\n")
                .write("commendations.csv", sample("quang-tri-2021/commendations.csv")
                        .replace("2021,COLLECTIVE,2,", "2021,COLLECTIVE,3,"));
        ImportOutcome dryRun = importer.importPath(corrected.path, true);
        ImportOutcome outcome = imported(corrected.path);

        // then each corrects the stored row: the limitation is overcome in the year, not listed twice, and the
        // collectives are 03, not 05
        assertThat(counts(dryRun)).isEqualTo(counts(outcome)).containsExactly(
                Map.entry("limitations.csv", new Counts(0, 0, 1)), Map.entry("commendations.csv", new Counts(0, 1, 1)));
        Review now = review(QT, "2021");
        assertThat(now.limitations()).singleElement().satisfies(l -> {
            assertThat(l.state()).isEqualTo(Review.LimitationState.RESOLVED);
            assertThat(l.resolvedOn()).isEqualTo(java.time.LocalDate.of(2021, 11, 30));
        });
        assertThat(now.commendations()).extracting(Review.Commendation::kind, Review.Commendation::count)
                .containsExactlyInAnyOrder(tuple(Review.CommendationKind.COLLECTIVE, 3),
                        tuple(Review.CommendationKind.INDIVIDUAL, 6));

        // the sample's import is not undone while a later one corrects its rows; undoing the correction puts them back
        assertThatThrownBy(() -> importer.undo(outcome.importId() - 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lần nhập #" + outcome.importId() + " sửa hạn chế 'Việc chia sẻ thông tin");
        UndoOutcome undone = importer.undo(outcome.importId());
        assertThat(undone.restored()).isEqualTo(2);
        assertThat(review(QT, "2021")).isEqualTo(once);
    }

    @Test
    void aDryRunCountsWhatTheImportThenDoes() {
        // given the sample and a register of two patrols
        imported(QUANG_TRI);
        imported(folder("register").write("records.csv", REGISTER
                + QT + ",JOINT_PATROL,2021-12-01,2,BDBP-QT,TT-01\n" + QT + ",JOINT_PATROL,2021-12-02,1,BDBP-QT,TT-02\n").path);
        // and an import mixing known and new rows, a correction, rows given twice, and an agreement new in it (TT-03
        // on a day the sample has no patrol: a numbered row identical to a stored one without a number would be it)
        String party = "10/QCPH/ĐU-BP";
        ImportFolder mixed = folder("mixed")
                .write("agencies.csv", "code,name,province\nDU-QT,Đảng ủy Bộ đội Biên phòng tỉnh,Quảng Trị\n"
                        + "SNGV-QT,Sở Ngoại vụ,Quảng Trị\n")
                .write("agreements.csv", "code,title,province,signed_on,parties\n"
                        + party + ",Quy chế phối hợp,Quảng Trị,2021-03-01,DU-QT;BDBP-QT\n")
                .write("records.csv", REGISTER
                        + QT + ",JOINT_PATROL,2021-12-01,5,BDBP-QT,TT-01\n"
                        + QT + ",JOINT_PATROL,2021-12-02,1,BDBP-QT,TT-02\n"
                        + QT + ",JOINT_PATROL,2021-12-04,1,BDBP-QT,TT-03\n"
                        + QT + ",JOINT_PATROL,2021-12-04,1,BDBP-QT,TT-03\n"
                        + party + ",JOINT_PATROL,2021-04-01,1,DU-QT,TT-01\n"
                        + party + ",JOINT_PATROL,2021-04-01,1,DU-QT,TT-01\n"
                        + party + ",JOINT_PATROL,2021-04-02,1,DU-QT,\n"
                        + party + ",JOINT_PATROL,2021-04-02,1,DU-QT,\n"
                        + QT + ",BORDER_VIOLATION,2021-03-04,1,BDBP-QT,\n")
                .write("results.csv", sample("quang-tri-2021/results.csv").lines().limit(2)
                        .reduce("", (a, b) -> a + b + "\n")
                        + QT + ",BORDER,2021-12-20,Một kết quả mới.\n" + party + ",BORDER,2021-12-20,Một kết quả mới.\n");

        // when
        ImportOutcome dry = importer.importPath(mixed.path, true);
        ImportOutcome real = imported(mixed.path);

        // then
        assertThat(dry.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(counts(dry)).isEqualTo(counts(real)).containsExactly(
                Map.entry("agencies.csv", new Counts(1, 1, 0)), Map.entry("agreements.csv", new Counts(1, 0, 0)),
                Map.entry("records.csv", new Counts(4, 4, 1)), Map.entry("results.csv", new Counts(2, 1, 0)));
        assertThat(jdbc.sql("select added, present, corrected from import_file where import_id = :id and name = 'records.csv'")
                .param("id", real.importId()).query(Counts.class).single()).isEqualTo(new Counts(4, 4, 1));
        assertThat(importer.history()).filteredOn(i -> i.id() == real.importId()).singleElement()
                .satisfies(i -> assertThat(List.of(i.added(), i.present(), i.corrected())).containsExactly(8L, 6L, 1L));
    }

    @Test
    void twoRowsWithOneRefAndOtherValuesAreAnErrorNamingBothLines() {
        // given
        imported(QUANG_TRI);
        ImportFolder folder = folder("twice").write("records.csv", REGISTER
                + QT + ",JOINT_PATROL,2021-12-01,2,BDBP-QT,TT-07\n"
                + QT + ",JOINT_PATROL,2021-12-01,2,BDBP-QT,TT-07\n"
                + QT + ",JOINT_PATROL,2021-12-01,3,BDBP-QT,TT-07\n"
                + QT + ",JOINT_PATROL,2021-12-01,3,SNGV-QT,TT-07\n");
        Map<String, List<String>> before = CoordinationTables.dump(jdbc);

        // when
        ImportOutcome outcome = importer.importPath(folder.path, false);

        // then
        assertThat(outcome.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(outcome.problemLines()).containsExactly("records.csv:4: ref: ref 'TT-07' đã có ở dòng 2 cho cùng quy chế và cơ quan, với giá trị khác: "
                + "mỗi ref ứng với một dòng duy nhất trong sổ của cơ quan");
        assertThat(CoordinationTables.dump(jdbc)).isEqualTo(before);
    }

    @Test
    void aLineBreakInsideAValueIsTheSameWhateverTheLineEnds() {
        // given a limitation written on two lines
        imported(QUANG_TRI);
        String limitation = "agreement,date,text\n" + QT + ",2021-08-01,\"Dòng một,\nDòng hai.\"\n";
        ImportOutcome lf = imported(folder("lf").write("limitations.csv", limitation).path);

        // when it is sent again from Windows
        ImportOutcome crlf = imported(folder("crlf").write("limitations.csv", limitation.replace("\n", "\r\n")).path);

        // then
        assertThat(lf.counts()).isEqualTo(new Counts(1, 0, 0));
        assertThat(crlf.counts()).isEqualTo(new Counts(0, 1, 0));
        assertThat(jdbc.sql("select text from limitation where found_on = date '2021-08-01'").query(String.class).list())
                .containsExactly("Dòng một,\nDòng hai.");
    }

    private ImportOutcome imported(Path path) {
        ImportOutcome outcome = importer.importPath(path, false);
        assertThat(outcome.problemLines()).isEmpty();
        assertThat(outcome.status()).isEqualTo(ImportStatus.IMPORTED);
        return outcome;
    }

    private static Map<String, Counts> counts(ImportOutcome outcome) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        outcome.files().forEach(f -> counts.put(f.name(), f.counts()));
        return counts;
    }

    private Review review(String agreement, String period) {
        return reviews.review(agreement, Period.parse(period), null);
    }

    private static Review.IndicatorFigure figure(Review review, String indicator) {
        return review.indicators().stream().filter(f -> f.code().equals(indicator)).findFirst().orElseThrow();
    }

    private List<String> quantities(String ref) {
        return jdbc.sql("select quantity::text from record where ref = :ref").param("ref", ref).query(String.class).list();
    }

    private long revision(String agreement) {
        return jdbc.sql("select r.revision from input_revision r join agreement a on a.id = r.agreement_id "
                + "where a.code = :code").param("code", agreement).query(Long.class).single();
    }

    private ImportFolder folder(String name) {
        return new ImportFolder(temp.resolve(name));
    }

    private static String sample(String file) {
        try {
            return Files.readString(SAMPLES.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
