/**
 * Where a report is produced: review, render and file, on demand or (later) in
 * the Spring Batch jobs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"period", "review", "render", "archive"})
package vn.coordreport.pipeline;
