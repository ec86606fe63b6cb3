/**
 * When the jobs run: Quartz cron triggers from {@code coordreport.schedule.*},
 * kept in PostgreSQL and clustered, each starting a Batch job through
 * {@link vn.coordreport.pipeline.ReportJobs}, or sending the mails that are
 * due through {@link vn.coordreport.delivery.ReportDelivery}.
 * {@link vn.coordreport.schedule.Schedules} is the module's façade;
 * {@link vn.coordreport.schedule.ScheduleList} lists the schedules without a
 * scheduler, for a command that starts lean.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"messages", "period", "pipeline", "delivery", "submission"})
package vn.coordreport.schedule;
