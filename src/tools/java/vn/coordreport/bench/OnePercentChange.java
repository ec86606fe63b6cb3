package vn.coordreport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The "1% changed" of the benchmark, as it happens in life: a small import of
 * new records for 1% of the agreements (at least one), spread evenly over
 * them in code order, dated on the day of the nightly run.
 */
final class OnePercentChange {

    static final int RECORDS_PER_AGREEMENT = 20;
    private static final String INDICATOR = "INFO_EXCHANGE_MEETING";

    private OnePercentChange() {
    }

    /** 1% of the agreements (rounded, at least one), evenly spread over the list. */
    static List<String> pick(List<String> agreements) {
        int n = Math.max(1, (int) Math.round(agreements.size() / 100.0));
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(agreements.get((int) ((long) i * agreements.size() / n)));
        }
        return picked;
    }

    /** Writes {@code records.csv} for the agreements into a new folder and returns the folder. */
    static Path write(Path folder, List<String> agreements, LocalDate day) {
        try {
            Files.createDirectories(folder);
            try (Writer out = Files.newBufferedWriter(folder.resolve("records.csv"), StandardCharsets.UTF_8)) {
                out.write("agreement,indicator,date,quantity,amount_vnd,counterpart,agency,note\n");
                for (String code : agreements) {
                    for (int i = 0; i < RECORDS_PER_AGREEMENT; i++) {
                        out.write(quoted(code) + "," + INDICATOR + "," + day + ",1,,,,\n");
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the 1% change into " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String quoted(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
