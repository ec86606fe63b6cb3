package vn.coordreport.pipeline;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.coordreport.ingest.Importer;

/**
 * What the job tests that mail share: the three sample sets imported, and a
 * GreenMail SMTP server on a free port that the application sends to, for the
 * life of the test class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MailedSampleTests {

    private static final int PORT = MailServer.freePort();

    GreenMail greenMail;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @BeforeAll
    void startSmtpAndImport(@Autowired Importer importer) {
        greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        SampleRecipients.SETS.forEach(set -> importer.importPath(SampleRecipients.SAMPLES.resolve(set), false));
    }

    @AfterAll
    void stopSmtp() {
        greenMail.stop();
    }
}
