package vn.coordreport.pipeline;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.coordreport.ingest.Importer;
import vn.coordreport.issuing.IssueRun;
import vn.coordreport.issuing.Issuing;
import vn.coordreport.issuing.IssuingFixture;
import vn.coordreport.security.UserAccounts;

/**
 * What the job tests that mail share: the three sample sets imported (their
 * agencies naming their signers, so that finals can be signed), a GreenMail
 * SMTP server on a free port that the application sends to, for the life of
 * the test class, and the walk of a period's finals through review, signature
 * and issue, which is when they are mailed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MailedSampleTests {

    private static final int PORT = MailServer.freePort();

    GreenMail greenMail;

    @Autowired
    Issuing issuing;

    @Autowired
    UserAccounts users;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @BeforeAll
    void startSmtpAndImport(@Autowired Importer importer, @TempDir java.nio.file.Path temp) {
        greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        SampleRecipients.SETS.forEach(set -> importer.importPath(
                IssuingFixture.withSigners(SampleRecipients.SAMPLES.resolve(set), temp), false));
    }

    /** Approves, signs and issues every final of the period that waits: the mails go out then. */
    IssueRun issueAll(String period) {
        return IssuingFixture.issueAll(issuing, users, period);
    }

    @AfterAll
    void stopSmtp() {
        greenMail.stop();
    }
}
