package vn.coordreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import picocli.CommandLine;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.dashboard.Dashboard;
import vn.coordreport.dashboard.DashboardScope;
import vn.coordreport.dashboard.IssuedReport;
import vn.coordreport.ingest.ImportOutcome;
import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.Importer;
import vn.coordreport.ingest.PeriodLocks;
import vn.coordreport.issuing.FinalDocument;
import vn.coordreport.issuing.FinalState;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.IssuingFixture;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.IntegrationTest;

/**
 * Locked periods (issue #17, point 6): once the 2021 final of Quảng Trị's
 * regulation is issued, an import (or its dry run) that would change that
 * period's records, results or tasks is refused naming the period, and writes
 * nothing; the same data again, or data of another period, goes in. An ADMIN
 * reopens the period with {@code reopen} (audited; anyone else is refused); the
 * change then goes in and the next final supersedes the issued one, and once
 * that is issued the period is locked again, against undoing an import as well.
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=LockedPeriodsIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LockedPeriodsIntegrationTests {

    static final String QT = "09/QCPH/SNgV-BP";
    static final String LOCKED = "kỳ 2021 của quy chế '09/QCPH/SNgV-BP' đã khóa: bản chính thức của kỳ đã được ban hành (số ";

    @Autowired
    Importer importer;

    @Autowired
    Issuing issuing;

    @Autowired
    ReportJobs jobs;

    @Autowired
    UserAccounts users;

    @Autowired
    ReportArchive archive;

    @Autowired
    PeriodLocks locks;

    @Autowired
    AuditLog audit;

    @Autowired
    vn.coordreport.issuing.ReportVersions versions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Dashboard dashboard;

    @Autowired
    vn.coordreport.pipeline.OnDemandReports reports;

    @TempDir
    Path temp;

    long issuedVersion;
    long reopenedImport;
    long wordCopyOfFirst;

    @BeforeAll
    void importCloseAndIssue(@TempDir Path samples) {
        importer.importPath(IssuingFixture.withSigners(Path.of("src/main/resources/samples/quang-tri-2021"), samples),
                false);
        assertThat(jobs.closePeriod(Period.year(2021), null, true).status()).isEqualTo("COMPLETED");
        IssuingFixture.issueAll(issuing, users, "2021");
        FinalDocument issued = issued();
        issuedVersion = issued.issuedVersionId();
        // the văn thư takes the issued text as a Word file, as offices keep it
        wordCopyOfFirst = reports.archived(QT, Period.year(2021), null, vn.coordreport.render.Format.DOCX, true,
                "vanthu").id();
        users.add("quantri", Role.ADMIN, null, IssuingFixture.USER_PASSWORD);
        users.add("vanhanh", Role.OPERATOR, null, IssuingFixture.USER_PASSWORD);
    }

    @Test
    @Order(1)
    void anImportChangingTheIssuedPeriodIsRefusedNamingItAndWritesNothing() throws IOException {
        long results = count("result");
        long records = count("record");
        Path folder = folder("changes",
                "results.csv", "agreement,field,date,text\n" + QT + ",BORDER,2022-01-10,Kết quả của năm 2022.\n"
                        + QT + ",BORDER,2021-12-01,Một kết quả bổ sung cho năm 2021.\n",
                "records.csv", "agreement,indicator,date,quantity\n" + QT + ",JOINT_PATROL,2021-06-01,3\n"
                        + (QT + ",JOINT_PATROL,2021-06-02,1\n").repeat(3) + QT + ",JOINT_PATROL,2021-06-03,2\n",
                "tasks.csv", "agreement,period,text\n" + QT + ",2021,Một nhiệm vụ thêm vào kỳ đã ban hành.\n");

        for (boolean dryRun : new boolean[] {true, false}) {
            ImportOutcome outcome = importer.importPath(folder, dryRun);

            assertThat(outcome.status()).isEqualTo(ImportStatus.REJECTED);
            // one problem per file and locked period, at its first line: the five records (three of them alike) too
            assertThat(outcome.problemLines()).hasSize(3).allSatisfy(line -> assertThat(line)
                    .contains("coordreport reopen --agreement " + QT + " --period 2021 --as USERNAME"));
            assertThat(outcome.problemLines()).anyMatch(l -> l.startsWith("records.csv:2: date: dòng này và 4 dòng "
                            + "khác thuộc kỳ 2021 của quy chế '09/QCPH/SNgV-BP', kỳ đã khóa: bản chính thức của kỳ đã "
                            + "được ban hành (số "))
                    .anyMatch(l -> l.startsWith("results.csv:3: date: " + LOCKED))
                    .anyMatch(l -> l.startsWith("tasks.csv:2: period: " + LOCKED));
        }
        assertThat(count("result")).isEqualTo(results);
        assertThat(count("record")).isEqualTo(records);
    }

    @Test
    @Order(1)
    void aFileIsToldItsRowsProblemsARefGivenTwiceAndItsLockedRowsInOneRound() throws IOException {
        // a date that does not exist, a row of the locked year, a ref given twice with other values: the clerk hears
        // of all three at once, not of the next once the first is mended
        Path folder = folder("three-problems", "records.csv", "agreement,indicator,date,quantity,agency,ref\n"
                + QT + ",JOINT_PATROL,2022-02-30,1,BDBP-QT,\n"
                + QT + ",JOINT_PATROL,2021-06-01,3,BDBP-QT,\n"
                + QT + ",JOINT_PATROL,2022-03-01,1,BDBP-QT,TT-01\n"
                + QT + ",JOINT_PATROL,2022-03-01,2,BDBP-QT,TT-01\n");
        for (boolean dryRun : new boolean[] {true, false}) {
            ImportOutcome outcome = importer.importPath(folder, dryRun);

            assertThat(outcome.status()).isEqualTo(ImportStatus.REJECTED);
            assertThat(outcome.problemLines()).hasSize(3);
            assertThat(outcome.problemLines().get(0)).startsWith("records.csv:2: date: '2022-02-30' không phải là ngày "
                    + "hợp lệ");
            assertThat(outcome.problemLines().get(1)).startsWith("records.csv:3: date: " + LOCKED);
            assertThat(outcome.problemLines().get(2)).startsWith("records.csv:5: ref: ref 'TT-01' đã có ở dòng 4");
        }
    }

    @Test
    @Order(1)
    void aUserOfAnotherProvinceHearsNothingOfTheIssuedDocument() {
        // a Tây Ninh operator's rows of Quảng Trị's locked year are refused as Quảng Trị's, without its number
        ImportOutcome outcome = importer.importFiles(Map.of("records.csv", "agreement,indicator,date\n" + QT
                + ",JOINT_PATROL,2021-06-01\n", "results.csv", "agreement,field,date,text\n" + QT
                + ",BORDER,2021-12-01,Một kết quả của tỉnh bạn.\n"), "test", true, "vanhanh-tn", "Tây Ninh");

        assertThat(outcome.problemLines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("thuộc tỉnh khác")
                .doesNotContain("đã khóa", "01/BC-SNgV"));
    }

    @Test
    @Order(2)
    void dataOfAnotherPeriodAndTheIssuedDataSentAgainGoIn() throws IOException {
        String resent = Files.readString(Path.of("src/main/resources/samples/quang-tri-2021/results.csv"))
                .replace("\n", "\r\n");
        ImportOutcome outcome = importer.importPath(folder("resent", "results.csv",
                resent + QT + ",BORDER,2022-01-10,Kết quả của năm 2022.\r\n"), false);

        assertThat(outcome.status()).as(String.join("\n", outcome.problemLines())).isEqualTo(ImportStatus.IMPORTED);
        assertThat(outcome.counts().added()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void onlyAnAdminReopensThePeriodAndTheReopeningIsAudited() {
        CommandRun refused = reopen("vanhanh");
        assertThat(refused.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("chỉ người dùng có vai trò ADMIN");
        assertThat(locks.locked()).extracting(PeriodLocks.Lock::period).containsExactly("2021");

        // an administrator of another province reopens nothing of Quảng Trị's, and is told so before the lock is
        // looked up
        users.add("quantri-tn", Role.ADMIN, "Tây Ninh", IssuingFixture.USER_PASSWORD);
        CommandRun otherProvince = reopen("quantri-tn");
        assertThat(otherProvince.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(otherProvince.err()).contains("--as: quy chế '" + QT + "' do cơ quan của tỉnh Quảng Trị ban hành; "
                + "người dùng 'quantri-tn' chỉ xử lý báo cáo của tỉnh Tây Ninh");
        assertThat(locks.locked()).extracting(PeriodLocks.Lock::period).containsExactly("2021");
        // an agreement recorded with another province is its lead agency's to reopen, as its finals are to issue
        jdbc.sql("""
                insert into agreement (code, title, province, signed_on, effective_from, symbol, lead_agency_id)
                select 'LIEN-TINH/01', 'Quy chế liên tỉnh', 'Tây Ninh', date '2021-01-01', date '2021-01-01', 'SNgV', id
                from agency where code = 'SNGV-QT'""").update();
        assertThat(locks.issuingProvince("LIEN-TINH/01")).contains("Quảng Trị");
        assertThat(locks.issuingProvince("NOPE")).isEmpty();
        jdbc.sql("delete from agreement where code = 'LIEN-TINH/01'").update();

        // an agreement that is none is said so, not "the period is not locked"
        CommandRun unknown = reopen("quantri", "NOPE");
        assertThat(unknown.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("không có quy chế phối hợp 'NOPE'").doesNotContain("không bị khóa");

        CommandRun reopened = reopen("quantri");

        assertThat(reopened.status()).as(reopened.err()).isEqualTo(ExitCode.OK);
        assertThat(reopened.out()).contains("Đã mở lại kỳ 2021 của quy chế " + QT);
        assertThat(locks.locked()).isEmpty();
        assertThat(audit.recent(5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("REOPEN");
            assertThat(e.username()).isEqualTo("quantri");
            assertThat(e.target()).isEqualTo(QT + "/2021");
            assertThat(e.detail()).contains("số liệu cục tuần tra bị sửa");
        });
        assertThat(reopen("quantri").err()).contains("không bị khóa");
    }

    @Test
    @Order(4)
    void aChangeOfTheReopenedPeriodGoesInAndItsFinalSupersedesTheIssuedOne() throws IOException {
        ImportOutcome outcome = importer.importPath(folder("reopened", "records.csv",
                "agreement,indicator,date,quantity\n" + QT + ",JOINT_PATROL,2021-06-01,3\n"), false);
        assertThat(outcome.status()).as(String.join("\n", outcome.problemLines())).isEqualTo(ImportStatus.IMPORTED);
        reopenedImport = outcome.importId();

        assertThat(jobs.closePeriod(Period.year(2021), null, true).status()).isEqualTo("COMPLETED");

        FinalDocument newer = issuing.list(Period.year(2021), null).stream().filter(f -> f.agreementCode().equals(QT))
                .filter(f -> f.state() == FinalState.WAITING_REVIEW).findFirst().orElseThrow();
        assertThat(archive.find(newer.versionId()).orElseThrow().supersedesId()).isEqualTo(issuedVersion);
        // and it says in its last sentence which document it replaces, so that the two are never both taken as in force
        String issuedOn = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .format(archive.find(issuedVersion).orElseThrow().issuedOn());
        assertThat(vn.coordreport.issuing.Poppler.text(archive.content(newer.versionId())).replaceAll("\\s+", " "))
                .contains("Báo cáo này thay thế Báo cáo số 01/BC-SNgV ngày " + issuedOn + "./.");
    }

    @Test
    @Order(5)
    void theNewFinalIssuedLocksThePeriodAgain() throws IOException {
        IssuingFixture.issueAll(issuing, users, "2021");

        ImportOutcome outcome = importer.importPath(folder("again", "records.csv",
                "agreement,indicator,date,quantity\n" + QT + ",JOINT_PATROL,2021-07-01,2\n"), false);

        assertThat(outcome.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(outcome.problemLines()).singleElement().asString().startsWith("records.csv:2: date: " + LOCKED + "02/");

        // and leadership's dashboard says which of the two issued documents of 2021 replaces the other
        assertThat(dashboard.issued(new DashboardScope("Quảng Trị", QT, null, Period.year(2021))))
                .extracting(IssuedReport::numberSymbol, IssuedReport::replacedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("02/BC-SNgV", null),
                        org.assertj.core.groups.Tuple.tuple("01/BC-SNgV", "02/BC-SNgV"));
        // and so does the archive, where 01/BC-SNgV stood as issued beside 02/BC-SNgV with nothing to tell them apart
        assertThat(versions.find(new vn.coordreport.issuing.ReportVersions.Filter(null, null, null, null,
                "ISSUED_DOCUMENT"), 20, 0).rows()).filteredOn(r -> r.agreementCode().equals(QT))
                .extracting(r -> r.numberAndSymbol() + " " + r.stateLabel()).containsExactly(
                        "02/BC-SNgV Văn bản đã ban hành",
                        "01/BC-SNgV Văn bản đã ban hành (đã được thay thế bởi văn bản số 02/BC-SNgV)");
        // and 01's Word copy, which stood as "Bản chính thức" as if it were still in force
        assertThat(versions.one(wordCopyOfFirst, null).orElseThrow())
                .extracting(r -> r.numberAndSymbol() + " " + r.stateLabel())
                .isEqualTo("01/BC-SNgV Bản Word của văn bản đã ban hành (đã được thay thế bởi văn bản số 02/BC-SNgV)");
        // and the register: 01's line is annotated, 02's says what it replaces
        int year = dashboard.issued(new DashboardScope("Quảng Trị", QT, null, Period.year(2021))).get(0).issuedOn().getYear();
        java.util.Map<String, String> notes = issuing.register(year, "SNGV-QT", null)
                .stream().collect(java.util.stream.Collectors.toMap(vn.coordreport.issuing.RegisterEntry::numberSymbol,
                        vn.coordreport.issuing.RegisterEntry::notes));
        assertThat(notes.get("01/BC-SNgV")).contains("đã được thay thế bởi văn bản số 02/BC-SNgV ngày ");
        assertThat(notes.get("02/BC-SNgV")).contains("thay thế văn bản số 01/BC-SNgV").doesNotContain("được thay thế bởi");
        // and the printed register, which had no Ghi chú, has it last
        StringWriter printed = new StringWriter();
        assertThat(new CommandLine(new RegisterCommand(issuing)).setOut(new PrintWriter(printed, true))
                .execute("--year", String.valueOf(year), "--agency", "SNGV-QT")).isZero();
        String heading = printed.toString().lines().findFirst().orElseThrow();
        assertThat(heading).matches("Cơ quan\\s+Số, ký hiệu\\s+Ngày\\s+Trích yếu\\s+Người ký\\s+Số bản\\s+Nơi nhận\\s+Ghi chú");
        assertThat(printed.toString().lines()).filteredOn(l -> l.startsWith("SNGV-QT  01/BC-SNgV")).singleElement()
                .satisfies(l -> assertThat(l.substring(heading.indexOf("Ghi chú"))).startsWith(
                        "Văn bản điện tử, gửi qua thư điện tử; đã được thay thế bởi văn bản số 02/BC-SNgV ngày "));
    }

    @Test
    @Order(6)
    void undoingAnImportOfTheLockedPeriodIsRefusedToo() {
        long records = count("record");

        assertThatThrownBy(() -> importer.undo(reopenedImport)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("không thể hủy lần nhập #" + reopenedImport + ": lần nhập này thay đổi số liệu "
                        + "của kỳ 2021 của quy chế '09/QCPH/SNgV-BP' (số 02/");
        assertThat(count("record")).isEqualTo(records);
    }

    @Test
    @Order(7)
    void aThirdIssueOfTheYearIsNamedByTheOneItReplacesAsTheRegisterNamesIt() throws IOException {
        assertThat(reopen("quantri").status()).isEqualTo(ExitCode.OK);
        assertThat(importer.importPath(folder("third", "records.csv",
                "agreement,indicator,date,quantity\n" + QT + ",JOINT_PATROL,2021-08-01,4\n"), false).status())
                .isEqualTo(ImportStatus.IMPORTED);
        assertThat(jobs.closePeriod(Period.year(2021), null, true).status()).isEqualTo("COMPLETED");
        IssuingFixture.issueAll(issuing, users, "2021");

        // each issued document is replaced by the one issued after it, on the dashboard, in the archive and in the
        // register alike: 01 by 02, 02 by 03 (not each by the newest, which read as if 02 had never been sent)
        assertThat(dashboard.issued(new DashboardScope("Quảng Trị", QT, null, Period.year(2021))))
                .extracting(IssuedReport::numberSymbol, IssuedReport::replacedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("03/BC-SNgV", null),
                        org.assertj.core.groups.Tuple.tuple("02/BC-SNgV", "03/BC-SNgV"),
                        org.assertj.core.groups.Tuple.tuple("01/BC-SNgV", "02/BC-SNgV"));
        assertThat(versions.find(new vn.coordreport.issuing.ReportVersions.Filter(null, null, null, null,
                "ISSUED_DOCUMENT"), 20, 0).rows()).filteredOn(r -> r.agreementCode().equals(QT))
                .extracting(r -> r.numberAndSymbol() + " " + r.stateLabel()).containsExactly(
                        "03/BC-SNgV Văn bản đã ban hành",
                        "02/BC-SNgV Văn bản đã ban hành (đã được thay thế bởi văn bản số 03/BC-SNgV)",
                        "01/BC-SNgV Văn bản đã ban hành (đã được thay thế bởi văn bản số 02/BC-SNgV)");
        int year = dashboard.issued(new DashboardScope("Quảng Trị", QT, null, Period.year(2021))).get(0).issuedOn().getYear();
        assertThat(issuing.register(year, "SNGV-QT", null)).filteredOn(e -> e.numberSymbol().equals("01/BC-SNgV"))
                .singleElement().satisfies(e -> assertThat(e.notes()).contains("đã được thay thế bởi văn bản số 02/BC-SNgV"));
    }

    private FinalDocument issued() {
        return issuing.list(Period.year(2021), null).stream().filter(f -> f.agreementCode().equals(QT))
                .filter(f -> f.state() == FinalState.ISSUED).findFirst().orElseThrow();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Path folder(String name, String... filesAndContents) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (int i = 0; i < filesAndContents.length; i += 2) {
            Files.writeString(folder.resolve(filesAndContents[i]), filesAndContents[i + 1], StandardCharsets.UTF_8);
        }
        return folder;
    }

    record CommandRun(int status, String out, String err) {
    }

    /** The reopen command as the command line runs it, in this test's application. */
    private CommandRun reopen(String as) {
        return reopen(as, QT);
    }

    private CommandRun reopen(String as, String agreement) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ReopenCommand(locks, users, audit))
                .setExecutionExceptionHandler(new FailureHandler(null))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int status = command.execute("--agreement", agreement, "--period", "2021", "--as", as,
                "--reason", "số liệu cục tuần tra bị sửa");
        return new CommandRun(status, out.toString(), err.toString());
    }
}
