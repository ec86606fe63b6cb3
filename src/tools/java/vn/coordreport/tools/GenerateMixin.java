package vn.coordreport.tools;

import java.time.Year;

import picocli.CommandLine.Option;

import vn.coordreport.generate.GenerateOptions;

/** The options of the generated data, shared by {@code generate-data} and {@code bench}. */
class GenerateMixin {

    @Option(names = "--provinces", defaultValue = "34", paramLabel = "N",
            description = "Provinces (default ${DEFAULT-VALUE}); beyond 34 the names repeat with a number.")
    int provinces;

    @Option(names = "--agreements-per-province", defaultValue = "10", paramLabel = "N",
            description = "Agreements in each province (default ${DEFAULT-VALUE}).")
    int agreementsPerProvince;

    @Option(names = "--years", defaultValue = "10", paramLabel = "N",
            description = "Calendar years of data, ending with --end-year (default ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--end-year", paramLabel = "YEAR", description = "The last year of data (default: the current year).")
    Integer endYear;

    @Option(names = "--records", defaultValue = "1000000", paramLabel = "N",
            description = "Records in all, shared evenly among the agreements (default ${DEFAULT-VALUE}).")
    long records;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "The random seed (default ${DEFAULT-VALUE}).")
    long seed;

    /** @throws IllegalArgumentException naming the option that is out of range */
    GenerateOptions options() {
        return new GenerateOptions(provinces, agreementsPerProvince, years,
                endYear != null ? endYear : Year.now().getValue(), records, seed);
    }
}
