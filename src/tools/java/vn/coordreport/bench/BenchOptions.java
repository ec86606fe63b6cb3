package vn.coordreport.bench;

import java.nio.file.Path;

import vn.coordreport.generate.GenerateOptions;

/**
 * What to benchmark.
 *
 * @param generate  the data to generate (its end year also names the period closed)
 * @param data      the folder of the generated data: generated there unless it already holds a
 *                  {@code records.csv}, which is then imported as it is
 * @param out       where {@code result.json} and {@code result.md} are written
 * @param warmUps   how many closes of the years before the measured one warm the process first (as many as
 *                  the data has years for)
 * @param dashboardOnly  after the import, only the dashboard's statements (no job, report or issuing): their
 *                       figures at a size in minutes, where the whole run takes an hour
 */
public record BenchOptions(GenerateOptions generate, Path data, Path out, int warmUps, boolean dashboardOnly) {

    public BenchOptions(GenerateOptions generate, Path data, Path out, int warmUps) {
        this(generate, data, out, warmUps, false);
    }

    public BenchOptions {
        if (warmUps < 1) {
            throw new IllegalArgumentException("--warm-up-closes must be at least 1, not " + warmUps);
        }
    }
}
