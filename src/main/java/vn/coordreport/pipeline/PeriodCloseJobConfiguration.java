package vn.coordreport.pipeline;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
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
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/**
 * {@code periodCloseJob} (parameters {@code period}, {@code calendar},
 * {@code run}): the final PDF/A report of every agreement in effect at any
 * time during the period, archived without number or date. Nothing is mailed:
 * each final waits to be reviewed, signed and issued (module issuing), and is
 * mailed when issued. The finals are rendered on {@code coordreport.jobs.threads}
 * threads, partitioned by lead agency. The job can be repeated safely: an
 * unchanged final is not rendered again.
 */
@Configuration(proxyBeanMethods = false)
class PeriodCloseJobConfiguration {

    @Bean
    @StepScope
    ListItemReader<ReportItem> finalReportReader(@Value("#{stepExecutionContext['agreements']}") String agreements,
            @Value("#{jobParameters['period']}") String period, @Value("#{jobParameters['calendar']}") String calendar) {
        Period closed = Period.parse(period);
        PeriodCalendar requested = requestedCalendar(calendar);
        return new ListItemReader<>(ReportPartitions.agreements(agreements).stream()
                .map(code -> new ReportItem(code, closed, requested)).toList());
    }

    /** One partition per lead agency, its agreements in code order. */
    @Bean
    @StepScope
    Partitioner leadAgencyPartitioner(ReportScope scope, @Value("#{jobParameters['period']}") String period,
            @Value("#{jobParameters['calendar']}") String calendar) {
        return ReportPartitions.of("lead", scope.duringByLead(
                Period.parse(period).range(scope.calendar(requestedCalendar(calendar)))));
    }

    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor finalReportsTaskExecutor(JobsProperties properties) {
        return ReportPartitions.executor("close-", properties.threads());
    }

    @Bean
    ReportProducer finalReportProcessor(ReportMaker maker) {
        return new ReportProducer(ReportKind.FINAL, JobNames.PERIOD_CLOSE, maker);
    }

    @Bean
    ArchiveWriter finalReportWriter(ReportArchive archive, ApplicationEventPublisher events) {
        return new ArchiveWriter(archive, events);
    }

    @Bean
    ReportProgress finalReportProgress(ReportScope scope, JobsProperties properties) {
        return new ReportProgress(JobNames.PERIOD_CLOSE, parameters -> agreements(scope, parameters), properties);
    }

    @Bean
    Step renderFinalStep(JobRepository repository, PlatformTransactionManager transactionManager,
            ListItemReader<ReportItem> finalReportReader, ReportProducer finalReportProcessor,
            ArchiveWriter finalReportWriter, ReportProgress finalReportProgress) {
        return new StepBuilder(JobNames.RENDER_FINAL_STEP, repository).<ReportItem, ReportMaker.Made>chunk(1)
                .transactionManager(transactionManager)
                .reader(finalReportReader)
                .processor(finalReportProcessor)
                .writer(finalReportWriter)
                .listener(finalReportProgress)
                .build();
    }

    /** The finals rendered on {@code coordreport.jobs.threads} threads, one lead agency at a time per thread. */
    @Bean
    Step renderFinalsStep(JobRepository repository, Partitioner leadAgencyPartitioner, Step renderFinalStep,
            ThreadPoolTaskExecutor finalReportsTaskExecutor, JobsProperties properties) {
        return ReportPartitions.partitioned(JobNames.RENDER_FINALS_STEP, repository, leadAgencyPartitioner, renderFinalStep,
                finalReportsTaskExecutor, properties.threads());
    }

    @Bean
    Job periodCloseJob(JobRepository repository, Step renderFinalsStep, ReportProgress finalReportProgress,
            JobOwners owners) {
        return new JobBuilder(JobNames.PERIOD_CLOSE, repository)
                .start(renderFinalsStep)
                .listener(owners)
                .listener(finalReportProgress)
                .build();
    }

    static PeriodCalendar requestedCalendar(String parameter) {
        return parameter == null || parameter.equals(ReportScope.OWN_CALENDAR) ? null : PeriodCalendar.fromId(parameter);
    }

    private static int agreements(ReportScope scope, JobParameters parameters) {
        Period period = Period.parse(parameters.getString("period"));
        return scope.during(period.range(scope.calendar(requestedCalendar(parameters.getString("calendar"))))).size();
    }
}
