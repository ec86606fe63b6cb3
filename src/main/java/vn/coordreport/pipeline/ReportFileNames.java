package vn.coordreport.pipeline;

import java.text.Normalizer;

import vn.coordreport.period.Period;

/**
 * Safe file names for reports. Agreement codes carry {@code /} and Vietnamese
 * letters ({@code 05/QCPH-SNgV-BĐBP}); a name keeps their readable ASCII form
 * ({@code 05-QCPH-SNgV-BDBP}) and nothing a file system could misread.
 */
final class ReportFileNames {

    private ReportFileNames() {
    }

    static String of(String agreementCode, Period period, boolean finalReport, String extension) {
        return slug(agreementCode) + "_" + slug(period.toString()) + (finalReport ? "" : "_du-thao") + "." + extension;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug = ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "report" : slug.length() > 80 ? slug.substring(0, 80) : slug;
    }
}
