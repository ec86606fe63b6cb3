package vn.coordreport.cli;

/**
 * A command that only reads or writes rows: {@link Cli} starts the application
 * lean for it, without the scheduler and with every service created when first
 * used, so that the report engine, the Batch jobs and the like are never built
 * (see docs/benchmark.md, "Command times").
 */
interface DatabaseOnly {
}
