package vn.coordreport.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists of the generated data (names, places, phrases), read from {@code words.txt} beside this class:
 * sections {@code [name]}, one entry a line, the values of an entry separated by {@code |}; {@code #} starts a
 * comment line, and what follows {@code ]} on a section's line.
 */
final class Words {

    private static final String RESOURCE = "words.txt";

    private final Map<String, List<String[]>> sections;

    private Words(Map<String, List<String[]>> sections) {
        this.sections = sections;
    }

    static Words load() {
        try (InputStream in = Words.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + Words.class.getName());
            }
            Map<String, List<String[]>> sections = new LinkedHashMap<>();
            List<String[]> current = null;
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    current = new ArrayList<>();
                    sections.put(line.substring(1, line.indexOf(']')), current);
                } else if (current == null) {
                    throw new IllegalStateException(RESOURCE + ": an entry before the first section: " + line);
                } else {
                    current.add(line.split("\\|", -1));
                }
            }
            return new Words(sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a section, each of {@code width} values. */
    String[][] rows(String section, int width) {
        List<String[]> rows = section(section);
        for (String[] row : rows) {
            if (row.length != width) {
                throw new IllegalStateException(RESOURCE + " [" + section + "]: " + width + " values expected in "
                        + String.join("|", row));
            }
        }
        return rows.toArray(String[][]::new);
    }

    /** The entries of a section of single values. */
    String[] list(String section) {
        return column(section, 1, 0);
    }

    /** One value of each entry of a section of {@code width} values. */
    String[] column(String section, int width, int index) {
        String[][] rows = rows(section, width);
        String[] column = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            column[i] = rows[i][index];
        }
        return column;
    }

    private List<String[]> section(String name) {
        List<String[]> rows = sections.get(name);
        if (rows == null || rows.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no section [" + name + "]");
        }
        return rows;
    }
}
