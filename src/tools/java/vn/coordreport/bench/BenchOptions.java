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
 */
public record BenchOptions(GenerateOptions generate, Path data, Path out, int warmUps) {

    public BenchOptions {
        if (warmUps < 1) {
            throw new IllegalArgumentException("--warm-up-closes must be at least 1, not " + warmUps);
        }
    }
}
