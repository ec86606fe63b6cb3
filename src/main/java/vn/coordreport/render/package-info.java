/**
 * The report a director signs: a {@link vn.coordreport.review.Review} made
 * into one document (outline, sentences, tables, chart, closing block), written
 * as PDF or PDF/A-2b by JasperReports (the templates in reports/ compiled once,
 * the embedded Liberation Serif fonts) and as a Word document by Apache POI.
 * Knows no SQL and no mail.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"period", "review", "files"})
package vn.coordreport.render;
