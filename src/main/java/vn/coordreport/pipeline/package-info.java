/**
 * Where reports are produced: on demand, and in the Spring Batch jobs
 * ({@code nightlyReportsJob}, {@code periodCloseJob}) that tie review, render,
 * archive and delivery together. {@link vn.coordreport.pipeline.ReportJobs} is
 * the jobs' façade.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"period", "catalog", "review", "render", "archive",
        "delivery", "files"})
package vn.coordreport.pipeline;
