/**
 * The benchmark ({@code bench}): fills an empty database with generated data
 * and measures, in one run, the import, a period close against its floors
 * (one set-based SQL statement, plain JasperReports), signing and issuing its finals, the nightly job with
 * nothing and with 1% changed, and on-demand reports; writes
 * {@code result.json} and {@code result.md}. {@link vn.coordreport.bench.Benchmark}
 * is the façade.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"generate", "ingest", "pipeline", "review", "delivery",
        "render", "archive", "catalog", "period", "issuing", "security", "dashboard"})
package vn.coordreport.bench;
