/**
 * The command line, {@code java -jar coordreport.jar COMMAND}: thin commands
 * over the modules' façades. Exit status 0 success, 1 bad input, 2 usage error,
 * 3 job failed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"period", "catalog", "ingest", "pipeline", "render", "archive", "delivery",
        "schedule", "security", "files", "issuing", "messages", "submission", "database"})
package vn.coordreport.cli;
