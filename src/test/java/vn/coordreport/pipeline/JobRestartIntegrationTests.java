package vn.coordreport.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.archive.ReportKind;
import vn.coordreport.period.Period;
import vn.coordreport.render.RenderOptions;
import vn.coordreport.render.RenderedReport;
import vn.coordreport.render.ReportRenderer;
import vn.coordreport.review.Review;
import vn.coordreport.support.IntegrationTest;

/**
 * A job that dies in the middle of rendering (an injected failure) and is
 * restarted ends with every report archived once, and, once its finals are
 * issued, every recipient mailed once.
 */
@IntegrationTest
@TestPropertySource(properties = "coordreport.test.database=JobRestartIntegrationTests")
class JobRestartIntegrationTests extends MailedSampleTests {

    /** The renderer, failing once at the n-th call after {@link #failAt(int)}: only in this test's context. */
    static class FailingRenderer extends ReportRenderer {

        private final AtomicInteger countdown = new AtomicInteger();

        void failAt(int call) {
            countdown.set(call);
        }

        @Override
        public RenderedReport render(Review review, RenderOptions options) {
            if (countdown.get() > 0 && countdown.decrementAndGet() == 0) {
                throw new IllegalStateException("injected failure while rendering " + review.agreement().code());
            }
            return super.render(review, options);
        }
    }

    @TestConfiguration
    static class InjectedFailure {

        @Bean
        @Primary
        FailingRenderer failingRenderer() {
            return new FailingRenderer();
        }
    }

    @Autowired
    ReportJobs jobs;

    @Autowired
    JobHistory history;

    @Autowired
    ReportArchive archive;

    @Autowired
    FailingRenderer renderer;

    @Test
    void aNightlyRunThatDiedIsRestartedByIdAndRendersEachDraftOnce() {
        // given a nightly run that dies at its third rendering
        renderer.failAt(3);
        JobSummary failed = jobs.startNightly(java.time.LocalDate.of(2021, 6, 1));
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.failure()).contains("injected failure");
        assertThat(failed.restartable()).isTrue();
        assertThat(drafts()).hasSizeLessThan(6);

        // when it is restarted
        JobSummary restarted = jobs.restart(failed.id(), false);

        // then every draft of the six is archived, each once
        assertThat(restarted.status()).isEqualTo("COMPLETED");
        assertThat(drafts()).hasSize(6).allSatisfy(r -> assertThat(r.version()).isEqualTo(1));
        // and the failed execution is no longer offered a restart: one ran after it
        assertThat(history.execution(failed.id()).orElseThrow().restartable()).isFalse();
        assertThat(history.executions(10)).filteredOn(e -> e.id() == failed.id()).singleElement()
                .satisfies(e -> assertThat(e.superseded()).isTrue());
    }

    @Test
    void aCloseThatDiedIsRestartedAtTheNextFireAndItsFinalsAreMailedOnceIssued() throws Exception {
        // given a close of 2021 that dies at its second final, before any mail (the finals are rendered on two
        // threads, one lead agency each: the other thread may still archive the third final)
        renderer.failAt(2);
        JobSummary failed = jobs.closePeriod(Period.year(2021), null, false);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(finals()).hasSizeBetween(1, 2);
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        // when the scheduler's next fire restarts the last failed close
        JobSummary restarted = jobs.restartLastFailed(JobNames.PERIOD_CLOSE).orElseThrow();

        // then the three finals are archived once each, and once issued each recipient has one mail per report
        assertThat(restarted.id()).isNotEqualTo(failed.id());
        assertThat(restarted.status()).as(restarted.failure()).isEqualTo("COMPLETED");
        assertThat(finals()).hasSize(3).allSatisfy(r -> assertThat(r.version()).isEqualTo(1));
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(issueAll("2021").issued()).isEqualTo(3);
        List<String> addresses = SampleRecipients.expectedMails(Period.year(2021)).stream().map(Map.Entry::getKey)
                .toList();
        List<String> received = java.util.Arrays.stream(greenMail.getReceivedMessages())
                .map(MailServer::recipient).toList();
        assertThat(received).containsExactlyInAnyOrderElementsOf(addresses);
        assertThat(jobs.restartLastFailed(JobNames.PERIOD_CLOSE)).isEmpty();
        assertThat(greenMail.getReceivedMessages()).hasSize(addresses.size());
    }

    private List<ArchivedReport> drafts() {
        return archive.list(null, null).stream().filter(r -> r.kind() == ReportKind.DRAFT).toList();
    }

    private List<ArchivedReport> finals() {
        return archive.list(null, Period.year(2021)).stream().filter(r -> r.kind() == ReportKind.FINAL && r.documentNumber() == null)
                .toList();
    }
}
