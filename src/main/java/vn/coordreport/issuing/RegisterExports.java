package vn.coordreport.issuing;

import static vn.coordreport.messages.DateFormats.DAY;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import de.siegmar.fastcsv.writer.CsvWriter;

import vn.coordreport.messages.Messages;
import vn.coordreport.render.ReportRenderer;

/**
 * The register of outgoing documents as files: {@code .xlsx} (FastExcel),
 * {@code .csv} (UTF-8 with a byte order mark, as Excel writes "CSV UTF-8")
 * and {@code .pdf} ({@link RegisterPdf}), in the columns of Decree 30/2020,
 * Appendix IV.
 */
public final class RegisterExports {

    /** The columns of Appendix IV, in its order. */
    public static final List<String> COLUMNS = List.of("Số, ký hiệu văn bản", "Ngày tháng văn bản",
            "Tên loại và trích yếu nội dung", "Người ký", "Nơi nhận văn bản", "Đơn vị, người nhận bản lưu",
            "Số lượng bản", "Ngày chuyển", "Ký nhận", "Ghi chú");

    private RegisterExports() {
    }

    /** The file for a name ending {@code .xlsx}, {@code .csv} or {@code .pdf}. */
    static byte[] of(String fileName, List<RegisterEntry> entries, List<IssuingBody> bodies, int year,
            Supplier<ReportRenderer> renderer) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return xlsx(entries, bodies, year);
        }
        if (name.endsWith(".csv")) {
            return csv(entries, bodies.size() > 1);
        }
        if (name.endsWith(".pdf")) {
            return RegisterPdf.of(renderer.get(), entries, bodies, year);
        }
        throw new IllegalArgumentException(Messages.text("issuing.register.format", fileName));
    }

    /** One line's cells as text, in the columns' order. */
    public static List<String> cells(RegisterEntry e) {
        return List.of(e.numberSymbol(), DAY.format(e.issuedOn()), e.title(), text(e.signerName()), e.recipients(),
                e.archiveCopy(), Integer.toString(e.copies()), e.transferredOn() == null ? "" : DAY.format(e.transferredOn()),
                text(e.receivedBy()), text(e.notes()));
    }

    static byte[] csv(List<RegisterEntry> entries, boolean withBody) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            CsvWriter csv = CsvWriter.builder().build(writer);
            csv.writeRecord(withBody ? prefixed("Cơ quan ban hành", COLUMNS) : COLUMNS);
            for (RegisterEntry e : entries) {
                csv.writeRecord(withBody ? prefixed(e.agencyCode(), cells(e)) : cells(e));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<RegisterEntry> entries, List<IssuingBody> bodies, int year) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "coordreport", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sổ đăng ký văn bản đi " + year);
            sheet.value(0, 0, "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM " + year);
            sheet.style(0, 0).bold().fontSize(14).set();
            sheet.value(1, 0, bodies.stream().map(b -> b.name() + " (" + b.code() + ")").reduce((a, b) -> a + "; " + b)
                    .orElse(""));
            int first = bodies.size() > 1 ? 1 : 0;
            if (first == 1) {
                sheet.value(3, 0, "Cơ quan ban hành");
                sheet.style(3, 0).bold().wrapText(true).set();
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(3, first + c, COLUMNS.get(c));
                sheet.style(3, first + c).bold().wrapText(true).horizontalAlignment("center").verticalAlignment("center")
                        .borderStyle("thin").set();
                sheet.value(4, first + c, "(" + (c + 1) + ")");
                sheet.style(4, first + c).horizontalAlignment("center").borderStyle("thin").set();
            }
            double[] widths = {16, 12, 48, 20, 36, 14, 9, 12, 12, 30};
            for (int c = 0; c < widths.length; c++) {
                sheet.width(first + c, widths[c]);
            }
            int row = 5;
            for (RegisterEntry e : entries) {
                if (first == 1) {
                    sheet.value(row, 0, e.agencyCode());
                }
                sheet.value(row, first, e.numberSymbol());
                sheet.value(row, first + 1, e.issuedOn());
                sheet.style(row, first + 1).format("dd/MM/yyyy").set();
                sheet.value(row, first + 2, e.title());
                sheet.value(row, first + 3, text(e.signerName()));
                sheet.value(row, first + 4, e.recipients());
                sheet.value(row, first + 5, e.archiveCopy());
                sheet.value(row, first + 6, e.copies());
                if (e.transferredOn() != null) {
                    sheet.value(row, first + 7, e.transferredOn());
                    sheet.style(row, first + 7).format("dd/MM/yyyy").set();
                }
                sheet.value(row, first + 8, text(e.receivedBy()));
                sheet.value(row, first + 9, text(e.notes()));
                sheet.range(row, 0, row, first + 9).style().wrapText(true).verticalAlignment("top").borderStyle("thin").set();
                row++;
            }
            sheet.repeatRows(3, 4);
            sheet.freezePane(0, 5);
            sheet.pageOrientation("landscape");
            sheet.fitToWidth((short) 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> prefixed(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
