package vn.coordreport.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Hostile imports made from the three samples: each case takes some of a
 * sample's files, changes cells to hostile values, writes them as a folder,
 * one CSV file, a workbook or an upload, and then damages the bytes. A case is
 * a function of (seed, index) alone, so any one of them can be made again.
 */
final class ImportFuzzer {

    enum Container { FOLDER, CSV_FILE, WORKBOOK, ZIP_UPLOAD, XLSX_UPLOAD }

    /** One import to try: its files (name to bytes) and every step that made it, for the report. */
    record Case(long seed, int index, String sample, Container container, Map<String, byte[]> files,
            List<String> steps, boolean dryRun, String province) {

        String describe() {
            return "seed " + seed + ", case " + index + " (" + container + " from " + sample
                    + (dryRun ? ", dry run" : "") + (province != null ? ", limited to " + province : "")
                    + "): " + String.join("; ", steps);
        }
    }

    static final String BOOK = "fuzz.xlsx";
    static final List<String> SAMPLES = List.of("tay-ninh-2019", "quang-tri-2021", "lang-son-2020");
    static final List<String> PROVINCES = List.of("Tây Ninh", "Quảng Trị", "Lạng Sơn");

    static final List<String> HOSTILE_TEXT = List.of("<b>x</b>", "<script>alert(1)</script>", "</style>",
            "=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "=1+1",
            "\r\nBcc: evil@x", "${7*7}", "#{7*7}", "$P{AGENCY}", "'; drop table record; --", "\u202Eevil\u202C",
            "a\u200Bb\u200D", "e\u0301\u0301\u0301\u0301", "\uFEFFx", "\u0001\u0007\u001B[31mred", "\\N", "\\.", "\t",
            "\uD83D\uDE00", "\uD835\uDD4F", " ", "\u00A0", "x".repeat(10_000), "\"", "\"\"", "a\"b", "a\nb", "a\rb",
            "*", "%s%n%x", "&amp;&lt;", "]]>", "\u2028\u2029", "\uFFFD", "\uFFFF");
    static final List<String> DATES = List.of("0000-01-01", "0001-01-01", "9999-12-31", "2021-02-29", "2020-02-29",
            "31/12/9999", "1/1/0000", "00/00/0000", "2021-1-1", "2021-01-01T00:00", "\uFF12021-01-01", "2021-13-01",
            "-2021-01-01", "+2021-01-01", "1970-01-01", "2100-01-01", "29/02/2021", "1/13/2021", "2021/01/01", "");
    static final List<String> NUMBERS = List.of("0", "-0", "-1", "1e3", "1E+308", "NaN", "Infinity", "0x10",
            "1,000", "1.000.000", "1 000", ".5", "5.", "00000000000000000000000000001",
            "123456789012345678901234567890", "1234567890123456789", "999999999999999999", "2147483648",
            "\u0661\u0662\u0663", "\uFF11\uFF12\uFF13", "0.0000000000000000000000001", "");
    static final List<String> PERIODS = List.of("2021-H3", "2021-Q0", "2021-Q5", "0000", "9999", "2021-9m",
            "2021-h1", "2016-02-30..2017-01-01", "2017-01-01..2016-01-01", "0000-01-01..0001-01-01", "..",
            "2021..2022", "99999", "2021-H1 ", "");
    static final List<String> WORDS = List.of("done", "DONE ", "\u0130N_PROGRESS", "planned", "collective",
            "Decree-09", "CALENDAR", "individual", "x", "");

    private static final Set<String> DATE_COLUMNS = Set.of("date", "signed_on", "effective_from", "effective_to",
            "resolved_on", "due_on", "done_on");
    private static final Set<String> NUMBER_COLUMNS = Set.of("quantity", "amount_vnd", "count");
    private static final Set<String> WORD_COLUMNS = Set.of("status", "kind", "calendar");
    private static final byte[] INTERESTING = {'"', ',', ';', '\n', '\r', 0, (byte) 0xFF, (byte) 0xC3, (byte) 0xE2,
            (byte) 0x80, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\\', '\t', ' '};

    private final long seed;
    private final Map<String, Map<String, List<List<String>>>> samples = new LinkedHashMap<>();

    ImportFuzzer(long seed) {
        this.seed = seed;
        for (String sample : SAMPLES) {
            samples.put(sample, read(Path.of("src/main/resources/samples", sample)));
        }
    }

    Case make(int index) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + index);
        List<String> steps = new ArrayList<>();
        String sample = SAMPLES.get(r.nextInt(SAMPLES.size()));
        Map<String, List<List<String>>> tables = pick(r, samples.get(sample), steps);
        for (int n = r.nextInt(4); n > 0; n--) {
            mutateCells(r, tables, steps);
        }
        Container container = pickContainer(r);
        boolean dryRun = r.nextInt(7) == 0;
        String province = r.nextInt(10) == 0 ? PROVINCES.get(r.nextInt(PROVINCES.size())) : null;
        if (container == Container.FOLDER || container == Container.CSV_FILE || container == Container.ZIP_UPLOAD) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            char separator = r.nextInt(8) == 0 ? ';' : ',';
            String newline = List.of("\n", "\r\n", "\n", "\r\n", "\r").get(r.nextInt(5));
            boolean bom = r.nextInt(6) == 0;
            steps.add("CSV with '" + separator + "', " + newline.replace("\r", "CR").replace("\n", "LF")
                    + (bom ? ", BOM" : ""));
            tables.forEach((name, rows) -> files.put(name + ".csv", csv(rows, separator, newline, bom)));
            if (container == Container.CSV_FILE) {
                String only = files.keySet().stream().skip(r.nextInt(files.size())).findFirst().orElseThrow();
                files.keySet().retainAll(Set.of(only));
            }
            for (int n = r.nextInt(5) < 2 ? 0 : 1 + r.nextInt(3); n > 0; n--) {
                String file = files.keySet().stream().skip(r.nextInt(files.size())).findFirst().orElseThrow();
                files.put(file, damageCsv(r, files.get(file), file, steps));
            }
            if (container == Container.FOLDER && r.nextInt(12) == 0) {
                oddFile(r, files, steps);
            }
            return new Case(seed, index, sample, container, files, steps, dryRun, province);
        }
        byte[] book = workbook(r, tables, steps);
        return new Case(seed, index, sample, container, Map.of(BOOK, book), steps, dryRun, province);
    }

    private static Container pickContainer(Random r) {
        int n = r.nextInt(100);
        return n < 42 ? Container.FOLDER : n < 52 ? Container.CSV_FILE : n < 85 ? Container.WORKBOOK
                : n < 95 ? Container.ZIP_UPLOAD : Container.XLSX_UPLOAD;
    }

    /** All of a sample's files, or a few of them. */
    private static Map<String, List<List<String>>> pick(Random r, Map<String, List<List<String>>> sample,
            List<String> steps) {
        Map<String, List<List<String>>> copy = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(sample.keySet());
        if (r.nextInt(3) == 0) {
            names.forEach(n -> copy.put(n, deepCopy(sample.get(n))));
            steps.add("all files");
            return copy;
        }
        for (int n = 1 + r.nextInt(4); n > 0 && !names.isEmpty(); n--) {
            String name = names.remove(r.nextInt(names.size()));
            copy.put(name, deepCopy(sample.get(name)));
        }
        steps.add("files " + copy.keySet());
        return copy;
    }

    // ---- cells -------------------------------------------------------------------------------------------------

    private void mutateCells(Random r, Map<String, List<List<String>>> tables, List<String> steps) {
        String file = tables.keySet().stream().skip(r.nextInt(tables.size())).findFirst().orElseThrow();
        List<List<String>> rows = tables.get(file);
        List<String> header = rows.get(0);
        int kind = r.nextInt(100);
        if (kind < 55 && rows.size() > 1) {
            int row = 1 + r.nextInt(rows.size() - 1);
            int col = r.nextInt(header.size());
            String value = hostileValue(r, header.get(col));
            set(rows.get(row), col, value);
            steps.add(file + " row " + row + " " + header.get(col) + " := " + show(value));
        } else if (kind < 62) {
            int col = r.nextInt(header.size());
            steps.add(file + " drops column " + header.get(col));
            rows.forEach(row -> {
                if (col < row.size()) {
                    row.remove(col);
                }
            });
        } else if (kind < 68) {
            int col = r.nextInt(header.size());
            String name = List.of(header.get(col).toUpperCase(), " " + header.get(col) + " ", header.get(col) + "x",
                    "", header.get(0), "\uFEFF" + header.get(col), "Code").get(r.nextInt(7));
            steps.add(file + " header " + header.get(col) + " := " + show(name));
            header.set(col, name);
        } else if (kind < 73) {
            steps.add(file + " adds column 'extra'");
            header.add(r.nextBoolean() ? "extra" : "note");
            rows.stream().skip(1).forEach(row -> row.add("x"));
        } else if (kind < 78 && rows.size() > 1) {
            int row = 1 + r.nextInt(rows.size() - 1);
            steps.add(file + " repeats row " + row + " x" + (1 + row % 3));
            for (int i = 0; i < 1 + row % 3; i++) {
                rows.add(new ArrayList<>(rows.get(row)));
            }
        } else if (kind < 83 && rows.size() > 1) {
            int row = 1 + r.nextInt(rows.size() - 1);
            steps.add(file + " row " + row + " loses its last cell(s)");
            List<String> cells = rows.get(row);
            cells.subList(Math.max(0, cells.size() - 1 - r.nextInt(3)), cells.size()).clear();
        } else if (kind < 88 && rows.size() > 1) {
            int row = 1 + r.nextInt(rows.size() - 1);
            steps.add(file + " row " + row + " gets extra cells");
            for (int i = r.nextInt(5); i >= 0; i--) {
                rows.get(row).add(r.nextBoolean() ? "" : "extra");
            }
        } else if (kind < 91 && rows.size() > 1) {
            int row = 1 + r.nextInt(rows.size() - 1);
            int col = r.nextInt(header.size());
            int size = r.nextBoolean() ? 200_000 + r.nextInt(400_000) : (1 << 20) + r.nextInt(1 << 20);
            steps.add(file + " row " + row + " " + header.get(col) + " := " + size + " characters");
            set(rows.get(row), col, "Đ".repeat(size / 2) + "x".repeat(size - size / 2));
        } else if (kind < 94) {
            steps.add(file + " keeps only its header");
            rows.subList(1, rows.size()).clear();
        } else {
            String other = SAMPLES.get(r.nextInt(SAMPLES.size()));
            List<List<String>> foreign = samples.get(other).get(file);
            if (foreign != null && foreign.size() > 1) {
                steps.add(file + " takes the rows of " + other);
                rows.addAll(deepCopy(foreign.subList(1, foreign.size())));
            }
        }
    }

    private static String hostileValue(Random r, String column) {
        String c = column.strip().toLowerCase();
        int dice = r.nextInt(10);
        if (dice < 6 && DATE_COLUMNS.contains(c)) {
            return DATES.get(r.nextInt(DATES.size()));
        }
        if (dice < 6 && NUMBER_COLUMNS.contains(c)) {
            return NUMBERS.get(r.nextInt(NUMBERS.size()));
        }
        if (dice < 6 && c.equals("period")) {
            return PERIODS.get(r.nextInt(PERIODS.size()));
        }
        if (dice < 6 && WORD_COLUMNS.contains(c)) {
            return WORDS.get(r.nextInt(WORDS.size()));
        }
        String text = HOSTILE_TEXT.get(r.nextInt(HOSTILE_TEXT.size()));
        return dice < 8 ? text : "Sở " + text + " Ngoại vụ";
    }

    private static void set(List<String> row, int col, String value) {
        while (row.size() <= col) {
            row.add("");
        }
        row.set(col, value);
    }

    // ---- CSV bytes ---------------------------------------------------------------------------------------------

    static byte[] csv(List<List<String>> rows, char separator, String newline, boolean bom) {
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(separator);
                }
                String v = row.get(i);
                boolean quote = v.indexOf(separator) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                        || v.indexOf('\r') >= 0 || (i == 0 && v.isEmpty() && row.size() == 1);
                text.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
            }
            text.append(newline);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] damageCsv(Random r, byte[] in, String file, List<String> steps) {
        List<Map.Entry<String, BiFunction<Random, byte[], byte[]>>> damages = List.of(
                Map.entry("bit flips", ImportFuzzer::flipBits),
                Map.entry("byte insertions", ImportFuzzer::insertBytes),
                Map.entry("byte deletions", ImportFuzzer::deleteBytes),
                Map.entry("truncation", ImportFuzzer::truncate),
                Map.entry("another encoding", ImportFuzzer::reencode),
                Map.entry("invalid UTF-8", ImportFuzzer::invalidUtf8),
                Map.entry("NUL bytes", (rr, b) -> insert(b, rr.nextInt(b.length + 1), new byte[rr.nextInt(3) + 1])),
                Map.entry("CR/LF mix", ImportFuzzer::mixLineEnds),
                Map.entry("quote chaos", ImportFuzzer::quoteChaos),
                Map.entry("many columns", ImportFuzzer::manyColumns),
                Map.entry("a very long line", ImportFuzzer::longLine),
                Map.entry("empty file", (rr, b) -> List.of(new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        "\n\n\r\n".getBytes(StandardCharsets.UTF_8), ",,,\n".getBytes(StandardCharsets.UTF_8),
                        "\"".getBytes(StandardCharsets.UTF_8)).get(rr.nextInt(5))),
                Map.entry("an unclosed quote", (rr, b) -> insert(b, rr.nextInt(b.length + 1), new byte[] {'"'})),
                Map.entry("swapped ranges", ImportFuzzer::swapRanges));
        var damage = damages.get(r.nextInt(damages.size()));
        steps.add(file + ": " + damage.getKey());
        return damage.getValue().apply(r, in);
    }

    static byte[] flipBits(Random r, byte[] b) {
        byte[] out = b.clone();
        for (int n = 1 + r.nextInt(8); n > 0 && out.length > 0; n--) {
            out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return out;
    }

    static byte[] insertBytes(Random r, byte[] b) {
        byte[] out = b;
        for (int n = 1 + r.nextInt(6); n > 0; n--) {
            byte[] what = new byte[1 + r.nextInt(4)];
            for (int i = 0; i < what.length; i++) {
                what[i] = r.nextBoolean() ? INTERESTING[r.nextInt(INTERESTING.length)] : (byte) r.nextInt(256);
            }
            out = insert(out, r.nextInt(out.length + 1), what);
        }
        return out;
    }

    static byte[] deleteBytes(Random r, byte[] b) {
        byte[] out = b;
        for (int n = 1 + r.nextInt(4); n > 0 && out.length > 0; n--) {
            int at = r.nextInt(out.length);
            int len = Math.min(out.length - at, 1 + r.nextInt(r.nextBoolean() ? 4 : 200));
            byte[] shorter = new byte[out.length - len];
            System.arraycopy(out, 0, shorter, 0, at);
            System.arraycopy(out, at + len, shorter, at, out.length - at - len);
            out = shorter;
        }
        return out;
    }

    static byte[] truncate(Random r, byte[] b) {
        return java.util.Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length));
    }

    private static byte[] reencode(Random r, byte[] b) {
        String text = new String(b, StandardCharsets.UTF_8);
        Charset charset = Charset.forName(List.of("UTF-16LE", "UTF-16BE", "UTF-16", "windows-1258", "windows-1252",
                "ISO-8859-1", "UTF-32").get(r.nextInt(7)));
        byte[] out = text.getBytes(charset);
        return charset.name().startsWith("UTF-16") && r.nextBoolean()
                ? insert(out, 0, charset.name().endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF})
                : out;
    }

    private static byte[] invalidUtf8(Random r, byte[] b) {
        byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFE}, {(byte) 0xC3}};
        return insert(b, r.nextInt(b.length + 1), bad[r.nextInt(bad.length)]);
    }

    private static byte[] mixLineEnds(Random r, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 16);
        for (byte c : b) {
            if (c == '\n') {
                String end = List.of("\n", "\r", "\r\n", "\n\r", "\r\r\n").get(r.nextInt(5));
                out.writeBytes(end.getBytes(StandardCharsets.US_ASCII));
            } else if (c != '\r') {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static byte[] quoteChaos(Random r, byte[] b) {
        String[] pieces = {"\"", "\"\"", "\"\"\"", "\"a\"b\"", "\"\n\"", "\"\"\"\"\"\"\"\"", "\"x\"\"", ",\"", "\";"};
        byte[] out = b;
        for (int n = 1 + r.nextInt(5); n > 0; n--) {
            String piece = r.nextInt(10) == 0 ? "\"".repeat(1 + r.nextInt(10_000)) : pieces[r.nextInt(pieces.length)];
            out = insert(out, r.nextInt(out.length + 1), piece.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static byte[] manyColumns(Random r, byte[] b) {
        int at = lineStart(r, b);
        int n = r.nextBoolean() ? 1000 + r.nextInt(10_000) : 100_000 + r.nextInt(400_000);
        return insert(b, at, (r.nextBoolean() ? "," : ",x").repeat(n).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] longLine(Random r, byte[] b) {
        int n = r.nextBoolean() ? 100_000 + r.nextInt(400_000) : (1 << 20) + r.nextInt(1 << 21);
        byte[] line = new byte[n];
        java.util.Arrays.fill(line, (byte) (r.nextBoolean() ? 'x' : ' '));
        return insert(b, lineStart(r, b), line);
    }

    private static byte[] swapRanges(Random r, byte[] b) {
        if (b.length < 4) {
            return b;
        }
        int a = r.nextInt(b.length / 2);
        int c = b.length / 2 + r.nextInt(b.length / 2);
        int len = Math.min(1 + r.nextInt(64), Math.min(b.length / 2 - a, b.length - c));
        byte[] out = b.clone();
        System.arraycopy(b, c, out, a, len);
        System.arraycopy(b, a, out, c, len);
        return out;
    }

    private static int lineStart(Random r, byte[] b) {
        int at = r.nextInt(b.length + 1);
        while (at > 0 && b[at - 1] != '\n') {
            at--;
        }
        return at;
    }

    static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(b, at, out, at + what.length, b.length - at);
        return out;
    }

    /** A file that is not part of the format, or a second copy of one under another case. */
    private static void oddFile(Random r, Map<String, byte[]> files, List<String> steps) {
        String first = files.keySet().iterator().next();
        String name = List.of(first.toUpperCase(), "Records.csv", "notes.csv", "x.CSV", ".csv", "records.csv.csv",
                "rec\nords.csv").get(r.nextInt(7));
        steps.add("adds the file " + show(name));
        files.putIfAbsent(name, files.get(first));
    }

    // ---- workbooks ---------------------------------------------------------------------------------------------

    private static byte[] workbook(Random r, Map<String, List<List<String>>> tables, List<String> steps) {
        boolean inline = r.nextInt(4) == 0;
        boolean typed = r.nextBoolean();
        steps.add("workbook" + (inline ? " with inline strings" : "") + (typed ? " with number and date cells" : ""));
        List<String> shared = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, String> sheets = new LinkedHashMap<>();
        tables.forEach((name, rows) -> {
            StringBuilder xml = new StringBuilder();
            List<String> header = rows.get(0);
            for (int i = 0; i < rows.size(); i++) {
                xml.append("<row r=\"").append(i + 1).append("\">");
                List<String> row = rows.get(i);
                for (int c = 0; c < row.size(); c++) {
                    String v = row.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    String ref = Xlsx.column(c) + (i + 1);
                    String col = c < header.size() ? header.get(c) : "";
                    if (typed && i > 0 && NUMBER_COLUMNS.contains(col) && v.matches("\\d{1,15}")) {
                        xml.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
                    } else if (typed && i > 0 && DATE_COLUMNS.contains(col) && isoDate(v) != null) {
                        long serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), isoDate(v));
                        xml.append("<c r=\"").append(ref).append("\" s=\"1\"><v>").append(serial).append("</v></c>");
                    } else if (inline) {
                        xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                                .append(Xlsx.escape(v)).append("</t></is></c>");
                    } else {
                        int s = index.computeIfAbsent(v, k -> {
                            shared.add(k);
                            return shared.size() - 1;
                        });
                        xml.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(s).append("</v></c>");
                    }
                }
                xml.append("</row>");
            }
            sheets.put(name, xml.toString());
        });
        Map<String, byte[]> parts = Xlsx.parts(sheets, shared);
        boolean damaged = r.nextInt(5) >= 2;
        for (int n = damaged ? r.nextInt(3) : 0; n > 0; n--) {
            damagePart(r, parts, steps);
        }
        byte[] zip = Xlsx.zip(parts);
        if (damaged && r.nextInt(3) == 0) {
            int kind = r.nextInt(4);
            steps.add("zip: " + List.of("bit flips", "truncation", "byte insertions", "byte deletions").get(kind));
            zip = switch (kind) {
                case 0 -> flipBits(r, zip);
                case 1 -> truncate(r, zip);
                case 2 -> insertBytes(r, zip);
                default -> deleteBytes(r, zip);
            };
        }
        return zip;
    }

    private static LocalDate isoDate(String v) {
        try {
            return v.matches("\\d{4}-\\d\\d-\\d\\d") ? LocalDate.parse(v) : null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static void damagePart(Random r, Map<String, byte[]> parts, List<String> steps) {
        List<String> sheetParts = parts.keySet().stream().filter(p -> p.startsWith("xl/worksheets/")).toList();
        String sheet = sheetParts.get(r.nextInt(sheetParts.size()));
        String xml = new String(parts.get(sheet), StandardCharsets.UTF_8);
        int kind = r.nextInt(15);
        String change = switch (kind) {
            case 0 -> "shared string index out of range";
            case 1 -> "negative or non-numeric shared string index";
            case 2 -> "huge column reference";
            case 3 -> "huge or odd row number";
            case 4 -> "formula cells";
            case 5 -> "shared formula without its master";
            case 6 -> "odd cell types";
            case 7 -> "bit flips in a part";
            case 8 -> "truncated part";
            case 9 -> "a part removed";
            case 10 -> "sheet names changed";
            case 11 -> "style index out of range";
            case 12 -> "huge inline string";
            case 13 -> "many shared strings";
            default -> "date cells out of range";
        };
        steps.add(sheet + ": " + change);
        switch (kind) {
            case 0 -> xml = xml.replaceFirst("t=\"s\"><v>\\d+</v>", "t=\"s\"><v>" + List.of("2147483647", "99999",
                    "1000000000", "4294967296").get(r.nextInt(4)) + "</v>");
            case 1 -> xml = xml.replaceFirst("t=\"s\"><v>\\d+</v>", "t=\"s\"><v>" + List.of("-1", "abc", "1.5", " 1 ", "")
                    .get(r.nextInt(5)) + "</v>");
            case 2 -> xml = xml.replaceFirst("<c r=\"[A-Z]+", java.util.regex.Matcher.quoteReplacement("<c r=\""
                    + List.of("XFD", "XFE", "ZZZZZZ", "AAAAAAAAAAAA", "a", "$").get(r.nextInt(6))));
            case 3 -> xml = xml.replaceFirst("<row r=\"\\d+\"", "<row r=\"" + List.of("1048577", "2147483647", "0", "-5",
                    "x", "99999999999").get(r.nextInt(6)) + "\"").replaceFirst("<c r=\"([A-Z]+)\\d+", "<c r=\"$1"
                    + List.of("1048577", "0", "2147483648").get(r.nextInt(3)));
            case 4 -> xml = xml.replaceFirst("</row>", List.of(
                    "<c r=\"Z1\" t=\"str\"><f>HYPERLINK(\"http://x\",\"y\")</f><v>y</v></c></row>",
                    "<c r=\"Y1\"><f>1+1</f><v>2</v></c></row>",
                    "<c r=\"X1\" t=\"str\"><f>CONCATENATE(\"=cmd|\",\"x\")</f><v>=cmd|x</v></c></row>",
                    "<c r=\"W1\"><f t=\"array\" ref=\"W1:W9\">SUM(A1:A9)</f><v>0</v></c></row>").get(r.nextInt(4)));
            case 5 -> xml = xml.replaceFirst("</row>", "<c r=\"V2\"><f t=\"shared\" si=\"" + r.nextInt(5) + "\"/><v>1</v></c></row>");
            case 6 -> xml = xml.replaceFirst("<c r=\"([A-Z]+\\d+)\"[^>]*>.*?</c>", List.of(
                    "<c r=\"$1\" t=\"e\"><v>#REF!</v></c>", "<c r=\"$1\" t=\"b\"><v>2</v></c>",
                    "<c r=\"$1\" t=\"n\"><v>abc</v></c>", "<c r=\"$1\" t=\"d\"><v>2021-01-01T00:00:00</v></c>",
                    "<c r=\"$1\" t=\"zz\"><v>1</v></c>", "<c r=\"$1\" t=\"s\"></c>", "<c r=\"$1\"/>",
                    "<c r=\"$1\" t=\"inlineStr\"><is><r><t>a</t></r><r><t>b</t></r></is></c>").get(r.nextInt(8)));
            case 7 -> xml = new String(flipBits(r, xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            case 8 -> xml = xml.substring(0, r.nextInt(xml.length()));
            case 9 -> {
                List<String> names = new ArrayList<>(parts.keySet());
                String gone = names.get(r.nextInt(names.size()));
                steps.add("removed " + gone);
                parts.remove(gone);
            }
            case 10 -> {
                String book = new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8);
                parts.put("xl/workbook.xml", book.replaceFirst("name=\"[a-z]+\"", "name=\"" + List.of("Records",
                        "records ", "sheet1", "", "agencies").get(r.nextInt(5)) + "\"").getBytes(StandardCharsets.UTF_8));
            }
            case 11 -> xml = xml.replaceFirst("<c r=\"([A-Z]+\\d+)\"", "<c r=\"$1\" s=\"" + List.of("99", "-1", "x")
                    .get(r.nextInt(3)) + "\"");
            case 12 -> xml = xml.replaceFirst("</row>", "<c r=\"U2\" t=\"inlineStr\"><is><t>"
                    + "\u0110".repeat(r.nextBoolean() ? 40_000 : 1_200_000) + "</t></is></c></row>");
            case 13 -> {
                String sst = new String(parts.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8);
                parts.put("xl/sharedStrings.xml", sst.replace("</sst>", "<si><t>x</t></si>".repeat(50_000 + r.nextInt(50_000))
                        + "</sst>").getBytes(StandardCharsets.UTF_8));
            }
            default -> xml = xml.replaceFirst("s=\"1\"><v>\\d+</v>", "s=\"1\"><v>" + List.of("1E+300", "-1", "0",
                    "2958466", "99999999999", "NaN").get(r.nextInt(6)) + "</v>");
        }
        if (parts.containsKey(sheet)) {
            parts.put(sheet, xml.getBytes(StandardCharsets.UTF_8));
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** A value as a step shows it: control characters visible, long ones shortened. */
    static String show(String value) {
        String v = value.length() > 40 ? value.substring(0, 30) + "...(" + value.length() + " chars)" : value;
        StringBuilder out = new StringBuilder("'");
        v.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028
                || c == 0x2029 || c == 0x202E || c == 0x200B || c == 0xFEFF ? String.format("\\u%04X", c)
                : Character.toString(c)));
        return out.append("'").toString();
    }

    private static Map<String, List<List<String>>> read(Path folder) {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                List<List<String>> rows = new ArrayList<>();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                        var records = CsvReader.builder().ofCsvRecord(reader)) {
                    for (CsvRecord record : records) {
                        rows.add(new ArrayList<>(record.getFields()));
                    }
                }
                tables.put(file.getFileName().toString().replace(".csv", ""), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static List<List<String>> deepCopy(List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>();
        rows.forEach(row -> copy.add(new ArrayList<>(row)));
        return copy;
    }
}
