package vn.coordreport.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * A folder of import files exported again in another form, as an agency
 * sending its register a second time would: the same values, other bytes.
 */
final class ResubmittedForms {

    private static final Set<String> NUMBERS = Set.of("quantity", "amount_vnd", "count", "order");
    private static final Set<String> DATES = Set.of("date", "signed_on", "effective_from", "effective_to",
            "resolved_on", "due_on", "done_on");

    private ResubmittedForms() {
    }

    /**
     * Each CSV file saved again as Excel in a Vietnamese locale might: a BOM, {@code ;} between values, CRLF line
     * ends (inside quoted values too), dates as DD/MM/YYYY and quantities with a decimal point, the columns in
     * reverse order, the rows shuffled, and a blank line at the end.
     */
    static Path resaved(Path folder, Path out, long seed) {
        Random random = new Random(seed);
        try (Stream<Path> files = Files.list(folder)) {
            Files.createDirectories(out);
            for (Path file : files.sorted().toList()) {
                List<List<String>> rows = read(file);
                List<String> header = rows.get(0);
                List<List<String>> data = new ArrayList<>(rows.subList(1, rows.size()));
                Collections.shuffle(data, random);
                try (Writer writer = Files.newBufferedWriter(out.resolve(file.getFileName()), StandardCharsets.UTF_8)) {
                    writer.write('\uFEFF');
                    CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(writer);
                    List<String> names = new ArrayList<>(header);
                    Collections.reverse(names);
                    csv.writeRecord(names);
                    for (List<String> row : data) {
                        List<String> values = new ArrayList<>();
                        for (int c = 0; c < row.size(); c++) {
                            values.add(0, localised(header.get(c), row.get(c)));
                        }
                        csv.writeRecord(values);
                    }
                    csv.flush();
                    writer.write("\r\n");
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String localised(String column, String value) {
        if (DATES.contains(column) && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return value.substring(8) + "/" + value.substring(5, 7) + "/" + value.substring(0, 4);
        }
        if (column.equals("quantity") && value.matches("\\d+")) {
            return value + ".0";
        }
        return value.replace("\n", "\r\n");
    }

    /** The CSV files as the sheets of one workbook, whole numbers as numbers and dates as dates (dd/mm/yyyy). */
    static Path workbook(Path folder, Path xlsx) {
        try (OutputStream out = Files.newOutputStream(xlsx); Stream<Path> files = Files.list(folder)) {
            Workbook workbook = new Workbook(out, "coordreport-test", "1.0");
            for (Path file : files.sorted().toList()) {
                Worksheet sheet = workbook.newWorksheet(file.getFileName().toString().replace(".csv", ""));
                List<List<String>> rows = read(file);
                List<String> header = rows.get(0);
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        cell(sheet, r, c, r == 0 ? "" : header.get(c), rows.get(r).get(c));
                    }
                }
            }
            workbook.finish();
            return xlsx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Worksheet sheet, int r, int c, String column, String value) {
        if (value.isEmpty()) {
            return;
        }
        if (NUMBERS.contains(column) && value.matches("\\d+")) {
            sheet.value(r, c, Long.parseLong(value));
        } else if (DATES.contains(column) && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            sheet.value(r, c, LocalDate.parse(value));
            sheet.style(r, c).format("dd/mm/yyyy").set();
        } else {
            sheet.value(r, c, value);
        }
    }

    private static List<List<String>> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                var csv = CsvReader.builder().ofCsvRecord(reader)) {
            return csv.stream().map(CsvRecord::getFields).toList();
        }
    }
}
