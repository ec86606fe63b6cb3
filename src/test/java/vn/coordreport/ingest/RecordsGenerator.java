package vn.coordreport.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a large import folder for measuring throughput: two agencies, one
 * agreement and {@code n} records over the built-in indicators. Also runnable:
 * {@code java -cp target/test-classes vn.coordreport.ingest.RecordsGenerator FOLDER N}.
 */
final class RecordsGenerator {

    private static final String[] INDICATORS = {"DELEGATION_OUT", "DELEGATION_IN", "NGO_PROJECT", "JOINT_PATROL",
            "BORDER_VIOLATION", "MARKER_INSPECTION", "CITIZEN_PROTECTION_CASE", "INFO_EXCHANGE_MEETING"};

    private RecordsGenerator() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Long.parseLong(args[1]));
    }

    static void write(Path folder, long n) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("agencies.csv"), """
                code,name,province,parent,signer_title
                PERF-A,Sở Ngoại vụ,Tỉnh Thử,UBND tỉnh Thử,GIÁM ĐỐC
                PERF-B,Bộ Chỉ huy Bộ đội Biên phòng tỉnh,Tỉnh Thử,Bộ Tư lệnh Bộ đội Biên phòng,CHỈ HUY TRƯỞNG
                """);
        Files.writeString(folder.resolve("agreements.csv"), """
                code,title,province,signed_on,parties,effective_from,effective_to,symbol
                01/QCPH-PERF,Quy chế phối hợp đo hiệu năng,Tỉnh Thử,2000-01-01,PERF-A;PERF-B,,,SNgV
                """);
        LocalDate start = LocalDate.of(2000, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("records.csv"), StandardCharsets.UTF_8)) {
            out.write("agreement,indicator,date,quantity,amount_vnd,counterpart,agency,note\n");
            StringBuilder line = new StringBuilder(160);
            for (long i = 0; i < n; i++) {
                line.setLength(0);
                line.append("01/QCPH-PERF,").append(INDICATORS[(int) (i % INDICATORS.length)]).append(',')
                        .append(start.plusDays(i % 9000)).append(',').append(1 + i % 7).append(',')
                        .append(i % 3 == 0 ? Long.toString(1_000_000L * (i % 97)) : "").append(',')
                        .append("Đối tác số ").append(i % 500).append(',').append(i % 2 == 0 ? "PERF-A" : "PERF-B")
                        .append(',').append(i % 5 == 0 ? "\"Ghi chú, có dấu phẩy\"" : "").append('\n');
                out.append(line);
            }
        }
    }
}
