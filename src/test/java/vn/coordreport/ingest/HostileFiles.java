package vn.coordreport.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes huge hostile imports, streamed, so that nothing of their size is ever
 * held in memory or kept in the repository: a folder {@code csv} whose
 * agencies.csv has one field of {@code size} bytes, records.csv one line of
 * that size without a line end, results.csv a quote opened and never closed
 * before the end; a workbook whose one shared string has {@code size}
 * characters (deflated to almost nothing: a zip bomb of sorts); and a workbook
 * of {@code size} bytes of small shared strings.
 * <p>
 * {@code java -cp target/test-classes vn.coordreport.ingest.HostileFiles DIR [SIZE_MB]} writes them for a
 * check by hand (README, "Hostile input").
 */
public final class HostileFiles {

    static final String CSV = "csv";
    static final String HUGE_STRING = "huge-string.xlsx";
    static final String MANY_STRINGS = "many-strings.xlsx";

    private HostileFiles() {
    }

    public static void main(String[] args) throws IOException {
        long size = (args.length > 1 ? Long.parseLong(args[1]) : 1024) << 20;
        write(Path.of(args[0]), size);
        System.out.println("wrote " + Path.of(args[0]).resolve(CSV) + ", " + HUGE_STRING + " and " + MANY_STRINGS
                + " (" + (size >> 20) + " MB each)");
    }

    static void write(Path dir, long size) throws IOException {
        Path csv = Files.createDirectories(dir.resolve(CSV));
        try (OutputStream out = open(csv.resolve("agencies.csv"))) {
            out.write("code,name,province\nHUGE-FIELD,".getBytes(StandardCharsets.UTF_8));
            repeat(out, "Sở Ngoại vụ ", size);
            out.write(",Quảng Trị\n".getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream out = open(csv.resolve("records.csv"))) {
            out.write("agreement,indicator,date,note\n09/QCPH/SNgV-BP,JOINT_PATROL,2021-05-09,".getBytes(StandardCharsets.UTF_8));
            repeat(out, "x", size);
        }
        try (OutputStream out = open(csv.resolve("results.csv"))) {
            out.write("agreement,field,date,text\n09/QCPH/SNgV-BP,EPIDEMIC,2021-09-30,\"".getBytes(StandardCharsets.UTF_8));
            repeat(out, "một, hai; \"\"ba\"\"\r\n", size);
        }
        workbook(dir.resolve(HUGE_STRING), out -> {
            out.write("<si><t>".getBytes(StandardCharsets.UTF_8));
            repeat(out, "Đ", size);
            out.write("</t></si>".getBytes(StandardCharsets.UTF_8));
        });
        workbook(dir.resolve(MANY_STRINGS), out -> {
            byte[] item = "<si><t>abcdefgh</t></si>".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < size; written += item.length) {
                out.write(item);
            }
        });
    }

    private interface Part {
        void write(OutputStream out) throws IOException;
    }

    /** A workbook with a records sheet whose cell D2 is shared string #0, the shared strings written by {@code strings}. */
    private static void workbook(Path file, Part strings) throws IOException {
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("records", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>agreement</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>indicator</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>date</t></is></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t>note</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>"
                + "09/QCPH/SNgV-BP</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>JOINT_PATROL</t></is></c>"
                + "<c r=\"C2\" t=\"inlineStr\"><is><t>2021-05-09</t></is></c><c r=\"D2\" t=\"s\"><v>0</v></c></row>");
        Map<String, byte[]> parts = Xlsx.parts(sheets, java.util.List.of());
        parts.remove("xl/sharedStrings.xml");
        try (ZipOutputStream zip = new ZipOutputStream(open(file))) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + Xlsx.MAIN + "\">").getBytes(StandardCharsets.UTF_8));
            strings.write(zip);
            zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static OutputStream open(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
    }

    /** {@code unit} again and again until {@code size} bytes are written. */
    private static void repeat(OutputStream out, String unit, long size) throws IOException {
        byte[] one = unit.getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[(1 << 20) / one.length * one.length];
        for (int i = 0; i < block.length; i += one.length) {
            System.arraycopy(one, 0, block, i, one.length);
        }
        long written = 0;
        while (written < size) {
            int n = (int) Math.min(block.length, size - written);
            n -= n % one.length;
            out.write(block, 0, Math.max(n, one.length));
            written += Math.max(n, one.length);
        }
        Arrays.fill(block, (byte) 0);
    }
}
