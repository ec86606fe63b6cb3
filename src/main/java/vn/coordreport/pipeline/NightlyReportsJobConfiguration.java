package vn.coordreport.pipeline;

import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.coordreport.archive.ReportArchive;
import vn.coordreport.archive.ReportKind;
import vn.coordreport.period.DateRange;

/**
 * {@code nightlyReportsJob} (parameters {@code asOf}, {@code run}): keeps the
 * draft reports of every agreement in effect on {@code asOf} current for its
 * open periods (the current half-year and the year to date). Partitioned by
 * lead agency and run on {@code coordreport.jobs.threads} threads; a report whose
 * fingerprint equals the stored draft's is skipped, not rendered.
 */
@Configuration(proxyBeanMethods = false)
class NightlyReportsJobConfiguration {

    /**
     * Drafts per transaction: most are unchanged and cost a lookup, and the Batch bookkeeping of a chunk
     * (its step execution and context updates) would otherwise cost more than the lookup. Drafts take no
     * number, so a chunk rolled back costs only its renderings again.
     */
    static final int CHUNK = 10;

    @Bean
    @StepScope
    ListItemReader<ReportItem> nightlyReportReader(ReportScope scope,
            @Value("#{stepExecutionContext['agreements']}") String agreements,
            @Value("#{jobParameters['asOf']}") LocalDate asOf) {
        return new ListItemReader<>(ReportPartitions.agreements(agreements).stream()
                .flatMap(agreement -> scope.openPeriods(asOf).stream().map(period -> new ReportItem(agreement, period, null)))
                .toList());
    }

    @Bean
    ReportProducer nightlyReportProcessor(ReportMaker maker) {
        return new ReportProducer(ReportKind.DRAFT, JobNames.NIGHTLY, maker);
    }

    @Bean
    ArchiveWriter nightlyReportWriter(ReportArchive archive, ApplicationEventPublisher events) {
        return new ArchiveWriter(archive, events);
    }

    @Bean
    ReportProgress nightlyReportProgress(ReportScope scope, JobsProperties properties) {
        return new ReportProgress(JobNames.NIGHTLY, parameters -> scope.inEffectOn(parameters.getLocalDate("asOf")).size()
                * scope.openPeriods(parameters.getLocalDate("asOf")).size(), properties);
    }

    @Bean
    Step reviewRenderStep(JobRepository repository, PlatformTransactionManager transactionManager,
            ListItemReader<ReportItem> nightlyReportReader, ReportProducer nightlyReportProcessor,
            ArchiveWriter nightlyReportWriter, ReportProgress nightlyReportProgress) {
        return new StepBuilder(JobNames.REVIEW_RENDER_STEP, repository).<ReportItem, ReportMaker.Made>chunk(CHUNK)
                .transactionManager(transactionManager)
                .reader(nightlyReportReader)
                .processor(nightlyReportProcessor)
                .writer(nightlyReportWriter)
                .listener(nightlyReportProgress)
                .build();
    }

    /** One partition per lead agency, with its agreements in effect on the day. */
    @Bean
    @StepScope
    Partitioner agreementPartitioner(ReportScope scope, @Value("#{jobParameters['asOf']}") LocalDate asOf) {
        return ReportPartitions.of("lead", scope.duringByLead(new DateRange(asOf, asOf)));
    }

    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor nightlyReportsTaskExecutor(JobsProperties properties) {
        return ReportPartitions.executor("nightly-", properties.threads());
    }

    @Bean
    Step nightlyReportsStep(JobRepository repository, Partitioner agreementPartitioner, Step reviewRenderStep,
            ThreadPoolTaskExecutor nightlyReportsTaskExecutor, JobsProperties properties) {
        return ReportPartitions.partitioned(JobNames.NIGHTLY_STEP, repository, agreementPartitioner, reviewRenderStep,
                nightlyReportsTaskExecutor, properties.threads());
    }

    @Bean
    Job nightlyReportsJob(JobRepository repository, Step nightlyReportsStep, ReportProgress nightlyReportProgress,
            JobOwners owners) {
        return new JobBuilder(JobNames.NIGHTLY, repository)
                .start(nightlyReportsStep)
                .listener(owners)
                .listener(nightlyReportProgress)
                .build();
    }
}
