package vn.coordreport.ingest.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.stream.Collectors;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import vn.coordreport.ingest.check.CheckedRows;
import vn.coordreport.ingest.check.Problems;
import vn.coordreport.ingest.format.FileSpec;
import vn.coordreport.ingest.read.RowSource;

/**
 * Streams one file into its staging table with COPY as it is read and checked
 * ({@link CheckedRows}). Only a buffer of about 64 KB is held, whatever the
 * file's size.
 */
public final class Stager {

    private static final int FLUSH_AT = 1 << 16;

    private final CopyManager copy;

    public Stager(CopyManager copy) {
        this.copy = copy;
    }

    public StagedFile stage(FileSpec spec, String file, RowSource source, Problems.Source problems)
            throws IOException, SQLException {
        CheckedRows rows = new CheckedRows(spec, file, source, problems);
        if (!rows.header()) {
            return rows.result();
        }
        CopyIn in = copy.copyIn("copy " + spec.stagingTable() + " (line, "
                + spec.columns.stream().map(c -> "\"" + c.name() + "\"").collect(Collectors.joining(", "))
                + ") from stdin");
        StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
        try {
            while (rows.next()) {
                buffer.append(rows.line());
                for (String v : rows.values()) {
                    buffer.append('\t');
                    appendCopyText(buffer, v);
                }
                buffer.append('\n');
                if (buffer.length() >= FLUSH_AT) {
                    flush(in, buffer);
                }
            }
        } finally {
            flush(in, buffer);
            in.endCopy();
        }
        return rows.result();
    }

    private static void appendCopyText(StringBuilder buffer, String v) {
        if (v == null) {
            buffer.append("\\N");
            return;
        }
        for (int i = 0, n = v.length(); i < n; i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private static void flush(CopyIn in, StringBuilder buffer) throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }
}
