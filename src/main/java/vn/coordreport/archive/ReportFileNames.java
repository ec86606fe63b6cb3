package vn.coordreport.archive;

import vn.coordreport.files.FileNames;

/**
 * Safe file names for reports. Agreement codes carry {@code /} and Vietnamese
 * letters ({@code 05/QCPH-SNgV-BĐBP}); a name keeps their readable ASCII form
 * ({@code 05-QCPH-SNgV-BDBP}) and nothing a file system could misread.
 */
final class ReportFileNames {

    private ReportFileNames() {
    }

    /** E.g. {@code 09-QCPH-SNgV-BP_2021_v2.pdf}, a draft {@code 05-QCPH-SNgV-BDBP_2019-H1_du-thao_v3.pdf}. */
    static String of(String agreementCode, String period, ReportKind kind, int version, String extension) {
        return slug(agreementCode) + "_" + slug(period) + (kind == ReportKind.DRAFT ? "_du-thao" : "")
                + "_v" + version + "." + extension;
    }

    static String slug(String text) {
        return FileNames.slug(text);
    }
}
