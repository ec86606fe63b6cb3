package vn.coordreport.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import jakarta.mail.internet.MimeMessage;

import vn.coordreport.archive.ReportArchive;
import vn.coordreport.archive.ReportKind;
import vn.coordreport.issuing.IssueRun;
import vn.coordreport.period.Period;
import vn.coordreport.support.IntegrationTest;

/**
 * A period close against a real SMTP server (GreenMail): the close mails
 * nothing; once its finals are issued, one mail per recipient per report, once.
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=PeriodCloseJobIntegrationTests")
class PeriodCloseJobIntegrationTests extends MailedSampleTests {

    @Autowired
    ReportJobs jobs;

    @Autowired
    ReportArchive archive;

    @Test
    void closeMailsNothingAndIssuingSendsOneMailPerRecipientPerReportAndAgainNone() throws Exception {
        // given the mails the sample data asks for: three agreements in effect during 2021
        Period year = Period.year(2021);
        List<Map.Entry<String, String>> expected = SampleRecipients.expectedMails(year);
        assertThat(expected).hasSize(7);

        // when the year is closed
        long started = System.nanoTime();
        JobSummary close = jobs.closePeriod(year, null, false);
        long millis = (System.nanoTime() - started) / 1_000_000;

        // then three finals are archived without a number, and nothing is mailed
        assertThat(close.status()).as(close.failure()).isEqualTo("COMPLETED");
        assertThat(close.written()).isEqualTo(3);
        assertThat(close.mailed()).isZero();
        assertThat(archive.list(null, Period.year(2021))).filteredOn(r -> r.kind() == ReportKind.FINAL).hasSize(3)
                .allSatisfy(r -> assertThat(r.documentNumber()).isNull());
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        // when they are reviewed, signed and issued
        IssueRun issued = issueAll("2021");

        // then each issued final is numbered, and each recipient has exactly one mail per report
        assertThat(issued.issued()).isEqualTo(3);
        assertThat(archive.list(null, Period.year(2021))).filteredOn(r -> r.kind() == ReportKind.FINAL && r.documentNumber() != null)
                .hasSize(3);
        assertThat(received()).containsExactlyInAnyOrderElementsOf(expected);

        // when it is closed again, and whatever waits is issued again
        JobSummary again = jobs.closePeriod(year, null, false);
        IssueRun issuedAgain = issueAll("2021");

        // then nothing is rendered, issued or sent
        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(again.written()).isZero();
        assertThat(again.skipped()).isEqualTo(3);
        assertThat(again.mailed()).isZero();
        assertThat(issuedAgain.issued()).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(7);
        assertThat(archive.list(null, Period.year(2021))).filteredOn(r -> r.kind() == ReportKind.FINAL).hasSize(6);
        System.out.printf("period close 2021: %d ms (3 finals)%n", millis);
    }

    @Test
    void aPeriodIsNotClosedBeforeItsCutOffAndGraceDays() {
        Period future = Period.half(2099, 1);
        assertThatThrownBy(() -> jobs.closePeriod(future, null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("Chưa chốt được kỳ 2099-H1 trước ngày \\d{2}/06/2099: số liệu của kỳ chốt ngày 14/06/2099.*")
                .hasMessageContaining("--force");
    }

    /** Each received mail as {@code address → agreement} (the agreement is in the subject or body). */
    private List<Map.Entry<String, String>> received() throws Exception {
        List<Map.Entry<String, String>> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            String address = MailServer.recipient(message);
            String text = message.getSubject() + " " + MailServer.text(message);
            String agreement = SampleRecipients.SETS.stream()
                    .flatMap(set -> SampleCsv.read(SampleRecipients.SAMPLES.resolve(set).resolve("agreements.csv")).stream())
                    .map(a -> a.get("code")).filter(text::contains).findFirst().orElse("?");
            mails.add(Map.entry(address, agreement));
        }
        return mails;
    }
}
