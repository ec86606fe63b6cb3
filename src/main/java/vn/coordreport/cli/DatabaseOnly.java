package vn.coordreport.cli;

/**
 * A command that needs no scheduler, web server or report engine: it reads or
 * writes rows, and at most signs a PDF or sends the mails due ({@code sign},
 * {@code issue}). {@link Cli} starts the application lean for it, without the
 * scheduler and with every service created when first used, so that the report
 * engine, the Batch jobs and the like are never built (see docs/benchmark.md,
 * "Command times").
 */
interface DatabaseOnly {
}
