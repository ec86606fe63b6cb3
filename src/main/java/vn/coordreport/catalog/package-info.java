/**
 * Agencies, agreements and their parties, fields, indicators and recipients, as
 * read by the rest of the application.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"period", "messages"})
package vn.coordreport.catalog;
