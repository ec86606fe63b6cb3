package vn.coordreport.ingest.template;

import java.util.Locale;
import java.util.Set;

import vn.coordreport.ingest.format.KeyText;

/**
 * The sheets a template adds to those of the import format: the guide that explains each column and
 * the lists its drop-downs take their values from. A workbook import passes over them, so that a filled
 * template imports as it is; any other sheet that is not part of the format is still an error.
 */
public final class TemplateSheets {

    static final String GUIDE = "Hướng dẫn";
    static final String LISTS = "Danh mục";

    private static final Set<String> NAMES = Set.of(key(GUIDE), key(LISTS));

    private TemplateSheets() {
    }

    public static boolean isGuide(String sheetName) {
        return sheetName != null && NAMES.contains(key(sheetName));
    }

    private static String key(String name) {
        return KeyText.nfc(name.strip()).toLowerCase(Locale.ROOT);
    }
}
