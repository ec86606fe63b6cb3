package vn.coordreport.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One agreement whose every text is hostile: markup (HTML, JasperReports
 * styled text), script, formula-like cells, expression syntax (JasperReports,
 * Spring EL, Thymeleaf), SQL, header injection (CR LF Bcc), an encoded word,
 * bidirectional overrides, zero-width and combining characters. Imported like
 * any other data, for the tests that check each output shows them as text.
 */
public final class HostileData {

    public static final String CODE = "07/QCPH-<i>x</i>&\"=1+1\"";
    public static final String PROVINCE = "Tỉnh </style> Thử";
    public static final String AGENCY = "Sở <b>Ngoại vụ</b> ${7*7}";
    public static final String PARENT = "UBND <script>alert(1)</script>";
    public static final String SIGNER_TITLE = "GIÁM ĐỐC #{7*7}";
    public static final String SIGNER_NAME = "Nguyễn $P{AGENCY} Văn A";
    public static final String PARTNER = "Bộ đội =HYPERLINK(\"http://x\",\"y\")";
    public static final String TITLE = "Quy chế <style isBold=\"true\">đậm</style>\r\nBcc: evil@x '; drop table record; --";
    public static final String FIELD = "Lĩnh vực <u>gạch</u> @SUM(1+1)";
    public static final String INDICATOR = "Chỉ tiêu +cmd|' /C calc'!A0";
    public static final String UNIT = "lượt <i>";
    public static final String RESULT = "Kết quả <b>x</b> &amp; &lt;i&gt; \u202Eđảo\u202C chiều";
    /** With a combining mark after a precomposed letter: the NFC form an import stores of "e\u0301\u0302". */
    public static final String LIMITATION = "Hạn chế a\u200Bb\u200D \u00E9\u0302 </style><style>";
    public static final String TASK = "Nhiệm vụ ${7*7} #{7*7} $F{text} %s%n";
    public static final String REFERENCE = "Quyết định <script>x</script>";
    public static final String NEXT_TASK = "=HYPERLINK(\"http://evil\",\"bấm\")";
    public static final String AWARD = "Bằng khen <b>giả</b>";
    public static final String AWARDED = "Ông \r\nBcc: evil@x";
    public static final String CONFERENCE = "Hội nghị <i>x</i>";
    public static final String PLACE = "Hội trường '; drop table conference; --";
    public static final String CHAIRS = "A <b>B</b>;C ${7*7}";
    public static final String EMAIL = "hostile@example.org";
    public static final String RECIPIENT = "=?UTF-8?B?PHNjcmlwdD4=?= Lãnh đạo\r\nBcc: evil@x";

    /** The texts the report prints as they are (not in capitals), each of which must show literally. */
    public static final List<String> SHOWN_IN_REPORT = List.of(CODE, AGENCY, PARTNER, FIELD, INDICATOR, UNIT, RESULT,
            LIMITATION, TASK, REFERENCE, NEXT_TASK, AWARD, AWARDED, CONFERENCE, PLACE, SIGNER_NAME, RECIPIENT);

    private HostileData() {
    }

    /** Writes the import folder and returns it. */
    public static Path write(Path folder) {
        try {
            Files.createDirectories(folder);
            csv(folder, "agencies.csv", "code,name,province,parent,signer_title,signer_name",
                    row("HOSTILE-A", AGENCY, PROVINCE, PARENT, SIGNER_TITLE, SIGNER_NAME),
                    row("HOSTILE-B", PARTNER, PROVINCE, "", "", ""));
            csv(folder, "fields.csv", "code,name", row("HOSTILE_FIELD", FIELD));
            csv(folder, "indicators.csv", "code,name,field,unit", row("HOSTILE_IND", INDICATOR, "HOSTILE_FIELD", UNIT));
            csv(folder, "agreements.csv", "code,title,province,signed_on,parties,symbol",
                    row(CODE, TITLE, PROVINCE, "2020-01-01", "HOSTILE-A;HOSTILE-B", "S<b>N</b>gV"));
            csv(folder, "records.csv", "agreement,indicator,date,quantity,counterpart,note",
                    row(CODE, "HOSTILE_IND", "2021-03-01", "2", "<b>đối tác</b>", "=1+1"),
                    row(CODE, "HOSTILE_IND", "2021-05-01", "3", "${x}", "<script>"));
            csv(folder, "results.csv", "agreement,field,date,text", row(CODE, "HOSTILE_FIELD", "2021-04-01", RESULT));
            csv(folder, "limitations.csv", "agreement,date,text,field", row(CODE, "2021-06-01", LIMITATION, "HOSTILE_FIELD"));
            csv(folder, "tasks.csv", "agreement,period,text,field,lead_agency,status,reference",
                    row(CODE, "2021", TASK, "HOSTILE_FIELD", "HOSTILE-B", "IN_PROGRESS", ""),
                    row(CODE, "2022", NEXT_TASK, "", "HOSTILE-B", "PLANNED", REFERENCE));
            csv(folder, "commendations.csv", "agreement,period,kind,count,recipient,award,date",
                    row(CODE, "2021", "INDIVIDUAL", "1", AWARDED, AWARD, "2022-01-10"));
            csv(folder, "conferences.csv", "agreement,period,date,place,chairs,name",
                    row(CODE, "2021", "2022-01-10", PLACE, CHAIRS, CONFERENCE));
            csv(folder, "recipients.csv", "agreement,email,name,role", row(CODE, EMAIL, RECIPIENT, "<b>role</b>"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csv(Path folder, String name, String header, String... rows) throws IOException {
        Files.writeString(folder.resolve(name), header + "\n" + String.join("", rows), StandardCharsets.UTF_8);
    }

    private static String row(String... cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            line.append(line.isEmpty() ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        return line.append('\n').toString();
    }

    /**
     * A text as compared in extracted output: in Unicode NFC, without whitespace (line wraps) and without the
     * invisible format characters (zero-width, bidirectional controls), which a page has no glyph for.
     */
    public static String squeezed(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replaceAll("[\\s\\p{Cf}]+", "");
    }
}
