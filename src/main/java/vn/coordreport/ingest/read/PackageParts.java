package vn.coordreport.ingest.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.xml.sax.Attributes;

/**
 * Which parts of a workbook are XML, from its {@code [Content_Types].xml}
 * (a type per extension, and per part): a type {@code application/xml},
 * {@code text/xml} or {@code ...+xml}. A part named {@code .xml} or
 * {@code .rels}, and a part the workbook's relationships name, counts as XML
 * whatever its declared type, as FastExcel reads those as XML. Part names and
 * extensions compare without case, as in any Open Packaging package.
 */
final class PackageParts {

    static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final Set<String> WORKBOOK_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml");

    private final Map<String, String> byExtension = new HashMap<>();
    private final Map<String, String> byPart = new HashMap<>();
    private final Set<String> readByWorkbook = new HashSet<>();
    private String workbook = "xl/workbook.xml";

    /** One element of {@code [Content_Types].xml}: a {@code Default} or an {@code Override}. */
    void declare(String element, Attributes a) {
        String type = a.getValue("ContentType");
        if (type == null) {
            return;
        }
        if (element.equals("Default") && a.getValue("Extension") != null) {
            byExtension.put(a.getValue("Extension").toLowerCase(Locale.ROOT), type);
        } else if (element.equals("Override") && a.getValue("PartName") != null) {
            String part = a.getValue("PartName").replaceFirst("^/", "");
            byPart.put(part.toLowerCase(Locale.ROOT), type);
            if (WORKBOOK_TYPES.contains(type)) {
                workbook = part;
            }
        }
    }

    /** The workbook part, as FastExcel finds it: the part of the workbook's type, else {@code xl/workbook.xml}. */
    String workbook() {
        return workbook;
    }

    /** A part the workbook's relationships name (a sheet, the shared strings, the styles). */
    void readByWorkbook(String part) {
        readByWorkbook.add(part.toLowerCase(Locale.ROOT));
    }

    boolean isXml(String part) {
        String name = part.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml") || name.endsWith(".rels") || readByWorkbook.contains(name)) {
            return true;
        }
        String type = byPart.get(name);
        if (type == null) {
            int dot = name.lastIndexOf('.');
            type = dot < name.lastIndexOf('/') + 1 ? null : byExtension.get(name.substring(dot + 1));
        }
        return type != null && isXmlType(type);
    }

    private static boolean isXmlType(String type) {
        String t = type.toLowerCase(Locale.ROOT).strip();
        int parameters = t.indexOf(';');
        t = parameters < 0 ? t : t.substring(0, parameters).strip();
        return t.equals("application/xml") || t.equals("text/xml") || t.endsWith("+xml");
    }

    /** The relationships part of a part: {@code xl/_rels/workbook.xml.rels} for {@code xl/workbook.xml}. */
    static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }
}
