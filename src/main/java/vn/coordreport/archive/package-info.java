/**
 * What has been issued: report numbers now, and the archive of every rendered
 * report version.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"period"})
package vn.coordreport.archive;
