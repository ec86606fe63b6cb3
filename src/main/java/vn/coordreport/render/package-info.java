/**
 * JasperReports: the templates in reports/ compiled once, filled from a
 * {@link vn.coordreport.review.Review} and exported to PDF, PDF/A-2b or DOCX
 * with the embedded Liberation Serif fonts. Knows no SQL and no mail.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"period", "review", "files"})
package vn.coordreport.render;
