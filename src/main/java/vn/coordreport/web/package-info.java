/**
 * The staff's web page, server-rendered in Vietnamese: the leadership dashboard, agreements and their
 * latest reports, report requests with their progress, downloads, uploads of
 * data with their problems by file and line, schedules and job history, the
 * finals on their way out (review, signature, issue) and the register of
 * outgoing documents. Thin:
 * every action goes through another module's façade; who may see and do what
 * is the security module's ({@code CurrentUser}, {@code AuditLog}, URL rules).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"messages", "period", "catalog", "ingest", "pipeline", "render",
        "archive", "delivery", "schedule", "security", "issuing", "submission", "dashboard", "files"})
package vn.coordreport.web;
