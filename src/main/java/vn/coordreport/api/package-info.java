/**
 * The HTTP API under {@code /api} (JSON; problems as RFC 9457 problem details;
 * described at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}):
 * imports, agreements, report requests, the archive, jobs, deliveries, the issuing steps and the register. Thin
 * controllers over the modules' façades; every list is cut to the provinces the
 * user may see and every single object checked against them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"messages", "period", "catalog", "ingest", "pipeline",
        "archive", "delivery", "render", "schedule", "security", "issuing", "files"})
package vn.coordreport.api;
