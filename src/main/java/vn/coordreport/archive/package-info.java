/**
 * What has been issued: report numbers, and the archive of every rendered
 * report version ({@link vn.coordreport.archive.ReportArchive}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"period", "files", "messages"})
package vn.coordreport.archive;
