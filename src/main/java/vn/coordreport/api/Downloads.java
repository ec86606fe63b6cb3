package vn.coordreport.api;

import java.text.Normalizer;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.archive.ReportKind;
import vn.coordreport.files.FileNames;

/**
 * The {@code Content-Disposition} of a downloaded report: the archive's ASCII
 * file name as {@code filename} (every client understands it) and the
 * Vietnamese name as {@code filename*} (RFC 6266 / RFC 8187, UTF-8, percent-encoded), e.g.
 * {@code attachment; filename="09-QCPH-SNgV-BP_2021_du-thao_v1.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o...}.
 * Written by {@link FileNames#contentDisposition}.
 */
final class Downloads {

    private Downloads() {
    }

    static String contentDisposition(ArchivedReport version) {
        return FileNames.contentDisposition("attachment", version.fileName(), vietnameseName(version));
    }

    /** {@code Báo cáo 09-QCPH-SNgV-BP 2021 (dự thảo) v1.pdf}. */
    static String vietnameseName(ArchivedReport v) {
        String code = v.agreementCode().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-");
        String name = "Báo cáo " + code + " " + v.period().replace("..", "_") + (v.kind() == ReportKind.DRAFT ? " (dự thảo)" : "")
                + " v" + v.version() + "." + v.format().toLowerCase(java.util.Locale.ROOT);
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }
}
