package vn.coordreport.generate;

/**
 * What to generate: {@code provinces} provinces with {@code agreementsPerProvince}
 * agreements each, over {@code years} calendar years ending with {@code endYear},
 * {@code records} records in all, drawn from {@code seed}. The same options give
 * byte-identical files.
 */
public record GenerateOptions(int provinces, int agreementsPerProvince, int years, int endYear, long records, long seed) {

    public GenerateOptions {
        if (provinces < 1) {
            throw new IllegalArgumentException("--provinces must be at least 1, not " + provinces);
        }
        if (agreementsPerProvince < 1 || agreementsPerProvince > 99) {
            throw new IllegalArgumentException("--agreements-per-province must be between 1 and 99, not " + agreementsPerProvince);
        }
        if (years < 1 || years > 100) {
            throw new IllegalArgumentException("--years must be between 1 and 100, not " + years);
        }
        if (endYear < 1900 || endYear > 9000) {
            throw new IllegalArgumentException("--end-year must be a year between 1900 and 9000, not " + endYear);
        }
        if (records < 0) {
            throw new IllegalArgumentException("--records must not be negative, not " + records);
        }
    }

    public int firstYear() {
        return endYear - years + 1;
    }
}
