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
 */
public record BenchOptions(GenerateOptions generate, Path data, Path out) {
}
