package vn.coordreport.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.coordreport.support.HostileData.squeezed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.Importer;
import vn.coordreport.period.Period;
import vn.coordreport.render.Format;
import vn.coordreport.support.HostileData;
import vn.coordreport.support.IntegrationTest;

/**
 * Text from an import is shown as text in every report and mail: markup,
 * script, formulas, expressions, SQL and header injections that were imported
 * (see {@link HostileData}) appear literally in the text of the PDF and the
 * DOCX, and in the subject, recipient and body of the mail, which has exactly
 * the headers coordreport wrote.
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=HostileTextIntegrationTests")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextIntegrationTests {

    static final int PORT = MailServer.freePort();
    static GreenMail greenMail;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @TempDir
    Path temp;

    @Autowired
    OnDemandReports reports;

    @Autowired
    ReportJobs jobs;

    @Autowired
    vn.coordreport.issuing.Issuing issuing;

    @Autowired
    vn.coordreport.security.UserAccounts users;

    @BeforeAll
    void startSmtpAndImport(@Autowired Importer importer, @TempDir Path data) {
        greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        var outcome = importer.importPath(HostileData.write(data.resolve("hostile")), false);
        assertThat(outcome.problemLines()).isEmpty();
        assertThat(outcome.status()).isEqualTo(ImportStatus.IMPORTED);
    }

    @AfterAll
    void stopSmtp() {
        greenMail.stop();
    }

    @Test
    void theReportsShowImportedTextLiterallyNeverAsMarkupOrExpressions() {
        // when the year 2021 is reported as PDF and as Word
        List<Path> files = reports.produce(new ReportRequest(HostileData.CODE, Period.year(2021), null,
                List.of(Format.PDF, Format.DOCX), false, temp));

        // then each text is printed as it was imported, tags, braces and quotes included
        for (String text : List.of(squeezed(ReportText.ofPdf(files.get(0))), squeezed(ReportText.ofDocx(files.get(1))))) {
            for (String shown : shownInReport()) {
                assertThat(text).as("the report shows %s literally", shown).contains(squeezed(shown));
            }
            assertThat(text).contains(squeezed(HostileData.PARENT.toUpperCase()), squeezed(HostileData.SIGNER_TITLE));
            assertThat(text).as("no expression was evaluated").doesNotContain("49");
            assertThat(text).as("a right-to-left override reorders nothing").contains(squeezed("đảo chiều"));
        }
    }

    @Test
    void theMailCarriesImportedTextAsTextAndOnlyItsOwnHeaders() throws Exception {
        // when the year is closed and its final issued and mailed (signed under its hostile signer's name)
        JobSummary close = jobs.closePeriod(Period.year(2021), null, true);
        assertThat(close.status()).as(close.failure()).isEqualTo("COMPLETED");
        assertThat(vn.coordreport.issuing.IssuingFixture.issueAll(issuing, users, "2021").issued()).isEqualTo(1);

        // then one mail went to the one recipient, and to nobody named in the data
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        String raw = GreenMailUtil.getWholeMessage(mail);
        String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
        assertThat(head.chars()).as("headers are 7-bit: every non-ASCII word is encoded").allMatch(c -> c < 128);
        List<String> names = new ArrayList<>();
        for (String line : head.split("\r\n")) {
            assertThat(line.length()).as("header line %s", line).isLessThanOrEqualTo(998);
            if (!line.startsWith(" ") && !line.startsWith("\t")) {
                names.add(line.substring(0, line.indexOf(':')).toLowerCase());
            }
        }
        assertThat(names).doesNotContain("bcc", "cc").doesNotHaveDuplicates();
        assertThat(mail.getRecipients(Message.RecipientType.TO)).hasSize(1);
        assertThat(mail.getRecipients(Message.RecipientType.CC)).isNull();
        assertThat(mail.getRecipients(Message.RecipientType.BCC)).isNull();

        // the recipient's name and the subject decode to the imported text, on one line
        InternetAddress to = (InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo(HostileData.EMAIL);
        assertThat(to.getPersonal()).isEqualTo(oneLine(HostileData.RECIPIENT));
        assertThat(MimeUtility.decodeText(mail.getHeader("Subject")[0].replaceAll("\r\n[ \t]", " ")))
                .contains(HostileData.CODE);
        assertThat(MailServer.text(mail)).contains(oneLine(HostileData.TITLE), HostileData.CODE,
                oneLine(HostileData.AGENCY));
    }

    private static List<String> shownInReport() {
        List<String> shown = new ArrayList<>(HostileData.SHOWN_IN_REPORT);
        shown.remove(HostileData.TITLE);
        return shown;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}]+", " ").strip();
    }
}
