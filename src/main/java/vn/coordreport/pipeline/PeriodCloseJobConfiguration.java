package vn.coordreport.pipeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.coordreport.archive.NewReport;
import vn.coordreport.archive.ReportArchive;
import vn.coordreport.archive.ReportKind;
import vn.coordreport.delivery.DeliveryRun;
import vn.coordreport.delivery.ReportDelivery;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.review.ReviewQuery;

/**
 * {@code periodCloseJob} (parameters {@code period}, {@code calendar},
 * {@code run}): the final, numbered PDF/A report of every agreement in effect
 * at any time during the period, archived, then queued for and mailed to each
 * recipient. The finals are rendered on {@code coordreport.jobs.threads}
 * threads, partitioned by lead agency. Each step can be repeated safely: an unchanged final is not
 * rendered again, a queued delivery is not queued again, a sent mail is not
 * sent again.
 */
@Configuration(proxyBeanMethods = false)
class PeriodCloseJobConfiguration {

    static final String JOB = "periodCloseJob";

    private static final Logger log = LoggerFactory.getLogger(PeriodCloseJobConfiguration.class);

    @Bean
    @StepScope
    ListItemReader<ReportItem> finalReportReader(@Value("#{stepExecutionContext['agreements']}") String agreements,
            @Value("#{jobParameters['period']}") String period, @Value("#{jobParameters['calendar']}") String calendar) {
        Period closed = Period.parse(period);
        PeriodCalendar requested = requestedCalendar(calendar);
        return new ListItemReader<>(ReportPartitions.agreements(agreements).stream()
                .map(code -> new ReportItem(code, closed, requested)).toList());
    }

    /** One partition per lead agency, its agreements in code order (their numbers come from its register). */
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
        return new ReportProducer(ReportKind.FINAL, JOB, maker);
    }

    @Bean
    ArchiveWriter finalReportWriter(ReportArchive archive) {
        return new ArchiveWriter(archive);
    }

    @Bean
    ReportProgress finalReportProgress(ReportScope scope, JobsProperties properties) {
        return new ReportProgress(JOB, parameters -> agreements(scope, parameters), properties);
    }

    @Bean
    Step renderFinalStep(JobRepository repository, PlatformTransactionManager transactionManager,
            ListItemReader<ReportItem> finalReportReader, ReportProducer finalReportProcessor,
            ArchiveWriter finalReportWriter, ReportProgress finalReportProgress) {
        return new StepBuilder("renderFinalStep", repository).<ReportItem, NewReport>chunk(1)
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
        return ReportPartitions.partitioned("renderFinalsStep", repository, leadAgencyPartitioner, renderFinalStep,
                finalReportsTaskExecutor, properties.threads());
    }

    /**
     * Queues the latest final of every agreement of the period for each of its
     * recipients. Looks at the archive rather than at what this run rendered,
     * so a final stored by an earlier (failed) run or on demand is delivered too.
     */
    @Bean
    Step enqueueDeliveriesStep(JobRepository repository, PlatformTransactionManager transactionManager,
            ReportScope scope, ReviewQuery reviews, ReportArchive archive, ReportDelivery delivery) {
        return new StepBuilder("enqueueDeliveriesStep", repository).tasklet((contribution, chunk) -> {
            JobParameters parameters = contribution.getStepExecution().getJobParameters();
            Period period = Period.parse(parameters.getString("period"));
            PeriodCalendar requested = requestedCalendar(parameters.getString("calendar"));
            for (String code : scope.during(period.range(scope.calendar(requested)))) {
                PeriodCalendar calendar = reviews.calendar(code, requested);
                contribution.incrementReadCount();
                var latest = archive.latest(code, period.toString(), calendar.id(), ReportKind.FINAL,
                        ReportProducer.FORMAT.name());
                if (latest.isEmpty()) {
                    throw new IllegalStateException("no final report of " + code + " " + period + " in the archive");
                }
                contribution.incrementWriteCount(delivery.enqueue(latest.get().id()));
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    /**
     * Sends every due delivery once; transient failures stay due for a later
     * run. Runs outside the step's transaction: a mail sent cannot be rolled
     * back, so each claim and its outcome must commit on their own.
     */
    @Bean
    Step deliverReportsStep(JobRepository repository, PlatformTransactionManager transactionManager,
            ReportDelivery delivery) {
        return new StepBuilder("deliverReportsStep", repository).tasklet((contribution, chunk) -> {
            DeliveryRun run = new TransactionTemplate(transactionManager,
                    new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NOT_SUPPORTED))
                    .execute(status -> delivery.deliverDue());
            contribution.incrementWriteCount(run.sent());
            contribution.getStepExecution().getExecutionContext().putInt("retryLater", run.retryLater());
            contribution.getStepExecution().getExecutionContext().putInt("failed", run.failed());
            if (run.retryLater() > 0 || run.failed() > 0) {
                log.warn("{} mails sent, {} to retry later, {} failed for good", run.sent(), run.retryLater(),
                        run.failed());
                contribution.setExitStatus(new ExitStatus("COMPLETED_WITH_UNSENT",
                        run.retryLater() + " to retry later, " + run.failed() + " failed for good"));
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    @Bean
    Job periodCloseJob(JobRepository repository, Step renderFinalsStep, Step enqueueDeliveriesStep,
            Step deliverReportsStep, ReportProgress finalReportProgress, JobOwners owners) {
        return new JobBuilder(JOB, repository)
                .start(renderFinalsStep)
                .next(enqueueDeliveriesStep)
                .next(deliverReportsStep)
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
