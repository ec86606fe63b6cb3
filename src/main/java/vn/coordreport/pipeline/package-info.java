/**
 * Where reports are produced: on demand, and in the Spring Batch jobs
 * ({@code nightlyReportsJob}, {@code periodCloseJob}) that tie review, render
 * and archive together; a new final is announced ({@link vn.coordreport.pipeline.FinalArchived})
 * for the issuing module, which has it reviewed, signed, numbered, issued and mailed. {@link vn.coordreport.pipeline.ReportJobs} runs
 * the jobs, {@link vn.coordreport.pipeline.JobHistory} lists what they did, and
 * {@link vn.coordreport.pipeline.JobNames} names them and their steps.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"messages", "period", "catalog", "review", "render", "archive",
        "files", "database"})
package vn.coordreport.pipeline;
