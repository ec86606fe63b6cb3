package vn.coordreport.pipeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.coordreport.archive.NewReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.archive.ReportKind;

/**
 * {@code nightlyReportsJob} (parameters {@code asOf}, {@code run}): keeps the
 * draft reports of every agreement in effect on {@code asOf} current for its
 * open periods (the current half-year and the year to date). Partitioned by
 * agreement and run on {@code coordreport.jobs.threads} threads; a report whose
 * fingerprint equals the stored draft's is skipped, not rendered.
 */
@Configuration(proxyBeanMethods = false)
class NightlyReportsJobConfiguration {

    static final String JOB = "nightlyReportsJob";

    @Bean
    @StepScope
    ListItemReader<ReportItem> nightlyReportReader(ReportScope scope,
            @Value("#{stepExecutionContext['agreement']}") String agreement,
            @Value("#{jobParameters['asOf']}") LocalDate asOf) {
        return new ListItemReader<>(scope.openPeriods(asOf).stream()
                .map(period -> new ReportItem(agreement, period, null)).toList());
    }

    @Bean
    ReportProducer nightlyReportProcessor(ReportMaker maker) {
        return new ReportProducer(ReportKind.DRAFT, JOB, maker);
    }

    @Bean
    ArchiveWriter nightlyReportWriter(ReportArchive archive) {
        return new ArchiveWriter(archive);
    }

    @Bean
    ReportProgress nightlyReportProgress(ReportScope scope, JobsProperties properties) {
        return new ReportProgress(JOB, parameters -> scope.inEffectOn(parameters.getLocalDate("asOf")).size()
                * scope.openPeriods(parameters.getLocalDate("asOf")).size(), properties);
    }

    @Bean
    Step reviewRenderStep(JobRepository repository, PlatformTransactionManager transactionManager,
            ListItemReader<ReportItem> nightlyReportReader, ReportProducer nightlyReportProcessor,
            ArchiveWriter nightlyReportWriter, ReportProgress nightlyReportProgress) {
        return new StepBuilder("reviewRenderStep", repository).<ReportItem, NewReport>chunk(1)
                .transactionManager(transactionManager)
                .reader(nightlyReportReader)
                .processor(nightlyReportProcessor)
                .writer(nightlyReportWriter)
                .listener(nightlyReportProgress)
                .build();
    }

    /** One partition per agreement in effect on the day, named after it. */
    @Bean
    @StepScope
    Partitioner agreementPartitioner(ReportScope scope, @Value("#{jobParameters['asOf']}") LocalDate asOf) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new HashMap<>();
            List<String> agreements = scope.inEffectOn(asOf);
            for (int i = 0; i < agreements.size(); i++) {
                ExecutionContext context = new ExecutionContext();
                context.putString("agreement", agreements.get(i));
                partitions.put("agreement" + i, context);
            }
            return partitions;
        };
    }

    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor nightlyReportsTaskExecutor(JobsProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.threads());
        executor.setMaxPoolSize(properties.threads());
        executor.setThreadNamePrefix("nightly-");
        executor.initialize();
        return executor;
    }

    @Bean
    Step nightlyReportsStep(JobRepository repository, Partitioner agreementPartitioner, Step reviewRenderStep,
            ThreadPoolTaskExecutor nightlyReportsTaskExecutor, JobsProperties properties) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(reviewRenderStep);
        handler.setTaskExecutor(nightlyReportsTaskExecutor);
        handler.setGridSize(properties.threads());
        return new StepBuilder("nightlyReportsStep", repository)
                .partitioner("reviewRenderStep", agreementPartitioner)
                .partitionHandler(handler)
                .build();
    }

    @Bean
    Job nightlyReportsJob(JobRepository repository, Step nightlyReportsStep, ReportProgress nightlyReportProgress,
            JobOwners owners) {
        return new JobBuilder(JOB, repository)
                .start(nightlyReportsStep)
                .listener(owners)
                .listener(nightlyReportProgress)
                .build();
    }
}
