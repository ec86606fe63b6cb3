package vn.coordreport.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.ingest.Importer;
import vn.coordreport.period.Period;
import vn.coordreport.pipeline.ReportJobs;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.support.IntegrationTest;

/**
 * With {@code coordreport.signing.tsa-url} set, the signer's and the
 * organisation's signatures each carry an RFC 3161 timestamp of their value
 * from that authority (a local one, on 127.0.0.1).
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=TimestampedSigningIntegrationTests")
class TimestampedSigningIntegrationTests {

    static final LocalTimestampAuthority AUTHORITY = start();

    @DynamicPropertySource
    static void timestampAuthority(DynamicPropertyRegistry registry) {
        registry.add("coordreport.signing.tsa-url", () -> AUTHORITY.url().toString());
    }

    @AfterAll
    static void stop() {
        AUTHORITY.close();
    }

    @Test
    void bothSignaturesOfAnIssuedFinalAreTimestamped(@Autowired Importer importer, @Autowired ReportJobs jobs,
            @Autowired UserAccounts users, @Autowired Issuing issuing, @TempDir Path temp) throws Exception {
        importer.importPath(IssuingFixture.withSigners(Path.of("src/main/resources/samples/quang-tri-2021"), temp), false);
        jobs.closePeriod(Period.year(2021), null, true);

        IssueRun run = IssuingFixture.issueAll(issuing, users, "2021");

        byte[] issued = issuing.document(run.outcomes().get(0).versionId());
        assertThat(Poppler.validSignatures(issued)).isEqualTo(2);
        assertThat(AUTHORITY.requests()).isEqualTo(2);
        assertThat(AUTHORITY.stampOf(issued)).as("the organisation's signature's timestamp").isNotNull();
        try (PDDocument document = Loader.loadPDF(issued)) {
            List<?> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(2);
        }
        byte[] signerRevision = issuing.document(run.outcomes().get(0).versionId());
        assertThat(AUTHORITY.stampOf(java.util.Arrays.copyOf(signerRevision, signedLength(signerRevision))))
                .as("the signer's signature's timestamp").isNotNull();
    }

    /** The length of the file up to the end of its first signature's revision (the end of its byte range). */
    private static int signedLength(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int[] range = document.getSignatureDictionaries().get(0).getByteRange();
            return range[2] + range[3];
        }
    }

    private static LocalTimestampAuthority start() {
        try {
            return LocalTimestampAuthority.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
