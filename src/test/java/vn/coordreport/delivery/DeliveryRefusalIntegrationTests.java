package vn.coordreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.ingest.ImportStatus;
import vn.coordreport.ingest.Importer;
import vn.coordreport.support.IntegrationTest;

/**
 * What the server's refusals do to the ledger: 5xx is final, 4xx is tried
 * again, up to max-attempts; a conversation cut off after the message went
 * out is UNCERTAIN, never resent by itself.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "coordreport.test.database=DeliveryRefusalIntegrationTests", // a database of its own
        "coordreport.delivery.initial-backoff=0s",
        "coordreport.delivery.max-attempts=2"})
class DeliveryRefusalIntegrationTests {

    static final ScriptedSmtpServer SMTP = new ScriptedSmtpServer();
    static final String CODE = "79/QCPH-SNgV-CA";
    static final String CUT_OFF = "80/QCPH-SNgV-CA";

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
    }

    @AfterAll
    static void stop() throws IOException {
        SMTP.close();
    }

    @Autowired
    ReportDelivery delivery;

    @Autowired
    ReportArchive archive;

    @Test
    void aPermanentRefusalFailsAndATemporaryOneIsRetriedUntilMaxAttempts(@TempDir Path data,
            @Autowired Importer importer) throws Exception {
        // given recipients the server refuses for good, refuses for now, and accepts
        Files.writeString(data.resolve("agencies.csv"), """
                code,name,province,parent,signer_title
                SNGV-LC,Sở Ngoại vụ,Lai Châu,UBND tỉnh Lai Châu,GIÁM ĐỐC
                CA-LC,Công an tỉnh,Lai Châu,Bộ Công an,GIÁM ĐỐC
                """);
        Files.writeString(data.resolve("agreements.csv"), """
                code,title,province,signed_on,parties,effective_from,effective_to,symbol
                %s,Quy chế phối hợp giữa Sở Ngoại vụ và Công an tỉnh Lai Châu,Lai Châu,2020-01-01,SNGV-LC;CA-LC,,,SNgV
                """.formatted(CODE));
        Files.writeString(data.resolve("recipients.csv"), """
                agreement,email,name,role
                %1$s,refuse@laichau.example.org,Hộp thư không tồn tại,
                %1$s,busy@laichau.example.org,Hộp thư đang bận,
                %1$s,giamdoc@laichau.example.org,Giám đốc Sở Ngoại vụ,
                """.formatted(CODE));
        assertThat(importer.importPath(data, false).status()).isEqualTo(ImportStatus.IMPORTED);
        ArchivedReport version = DeliveryFixtures.finalReport(archive, CODE, "2022");
        delivery.enqueue(version.id());

        // when
        DeliveryRun first = delivery.deliverDue();

        // then
        assertThat(first).isEqualTo(new DeliveryRun(1, 1, 1, 0));
        assertThat(SMTP.accepted).hasValue(1);
        assertThat(row("refuse")).satisfies(r -> {
            assertThat(r.status()).isEqualTo("FAILED");
            assertThat(r.lastError()).contains("550");
            assertThat(r.failure()).isEqualTo(MailFailure.RECIPIENT);
        });
        assertThat(row("busy")).satisfies(r -> {
            assertThat(r.status()).isEqualTo("PENDING");
            assertThat(r.lastError()).contains("451");
            assertThat(r.failure()).isEqualTo(MailFailure.TEMPORARY);
        });

        // when the temporary refusal goes on past max-attempts (2)
        DeliveryRun second = delivery.deliverDue();

        // then it is given up, and nothing else was sent again
        assertThat(second).isEqualTo(new DeliveryRun(0, 0, 1, 0));
        assertThat(row("busy")).satisfies(r -> {
            assertThat(r.status()).isEqualTo("FAILED");
            assertThat(r.attempts()).isEqualTo(2);
            assertThat(r.lastError()).startsWith("gave up after 2 attempts").contains("451");
        });
        assertThat(SMTP.accepted).hasValue(1);
        assertThat(delivery.list(CODE)).extracting(DeliveryRecord::status)
                .containsExactlyInAnyOrder("SENT", "FAILED", "FAILED");
    }

    @Test
    void aMailCutOffAfterItWentOutIsUncertainAndNotSentAgain(@TempDir Path data, @Autowired Importer importer)
            throws Exception {
        // given a recipient whose server reads the whole message, then drops the connection before it answers
        Files.writeString(data.resolve("agencies.csv"), """
                code,name,province,parent,signer_title
                SNGV-DB,Sở Ngoại vụ,Điện Biên,UBND tỉnh Điện Biên,GIÁM ĐỐC
                CA-DB,Công an tỉnh,Điện Biên,Bộ Công an,GIÁM ĐỐC
                """);
        Files.writeString(data.resolve("agreements.csv"), """
                code,title,province,signed_on,parties,effective_from,effective_to,symbol
                %s,Quy chế phối hợp giữa Sở Ngoại vụ và Công an tỉnh Điện Biên,Điện Biên,2020-01-01,SNGV-DB;CA-DB,,,SNgV
                """.formatted(CUT_OFF));
        Files.writeString(data.resolve("recipients.csv"), """
                agreement,email,name,role
                %s,drop@dienbien.example.org,Văn phòng Sở,
                """.formatted(CUT_OFF));
        assertThat(importer.importPath(data, false).status()).isEqualTo(ImportStatus.IMPORTED);
        delivery.enqueue(DeliveryFixtures.finalReport(archive, CUT_OFF, "2022").id());

        // when it is sent, and the deliveries run again
        DeliveryRun first = delivery.deliverDue();
        DeliveryRun second = delivery.deliverDue();

        // then it is UNCERTAIN, saying where to look, and was not sent a second time
        assertThat(first).isEqualTo(new DeliveryRun(0, 0, 1, 1));
        assertThat(second).isEqualTo(new DeliveryRun(0, 0, 0, 0));
        assertThat(SMTP.dropped).hasValue(1);
        assertThat(delivery.list(CUT_OFF)).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("UNCERTAIN");
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.lastError()).contains("not resent automatically");
            assertThat(r.failure()).isEqualTo(MailFailure.INTERRUPTED);
            // with the Message-ID to look for in the mail server's log
            assertThat(r.technicalDetail()).endsWith("(Message-ID " + r.messageId() + ")").doesNotContain("Exception");
        });
    }

    private DeliveryRecord row(String prefix) {
        List<DeliveryRecord> rows = delivery.list(CODE);
        return rows.stream().filter(r -> r.email().startsWith(prefix)).findFirst().orElseThrow();
    }
}
