package vn.coordreport.cli;

/**
 * A command that needs no scheduler, web server or report engine: it reads or
 * writes rows, and at most writes a workbook or CSV file ({@code template},
 * {@code register --out}), signs a PDF ({@code sign}) or sends the mails due
 * ({@code issue}). {@link Cli} starts the application lean for it, without the
 * scheduler and with every service created when first used, so that the report
 * engine, the Batch jobs and the like are never built (see docs/benchmark.md,
 * "Command times").
 */
interface DatabaseOnly {

    /**
     * Whether it ends within seconds whatever it is given, so that its process may do without HotSpot's C2
     * ({@link ShortCommandCompilation}). An import of a million records runs for minutes, and keeps C2.
     */
    default boolean shortLived() {
        return true;
    }

    /**
     * Whether this run of it, as its options are given, needs the report engine after all (a register written as a
     * PDF): it then starts in full.
     */
    default boolean needsReportEngine() {
        return false;
    }
}
