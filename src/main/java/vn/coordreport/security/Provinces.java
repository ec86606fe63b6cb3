package vn.coordreport.security;

import java.text.Normalizer;
import java.util.Locale;

/** Province names compare in Unicode NFC, trimmed, without case: "Lạng Sơn" typed decomposed is the same province. */
public final class Provinces {

    private Provinces() {
    }

    static String key(String province) {
        return province == null ? "" : Normalizer.normalize(province.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }
}
