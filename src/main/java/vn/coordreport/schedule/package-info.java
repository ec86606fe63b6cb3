/**
 * When the jobs run: Quartz cron triggers from {@code coordreport.schedule.*},
 * kept in PostgreSQL and clustered, each starting a Batch job through
 * {@link vn.coordreport.pipeline.ReportJobs}. {@link vn.coordreport.schedule.Schedules}
 * is the module's façade.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"pipeline"})
package vn.coordreport.schedule;
