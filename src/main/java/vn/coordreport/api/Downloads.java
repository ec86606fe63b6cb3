package vn.coordreport.api;

import vn.coordreport.archive.ArchivedReport;
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
        return version.contentDisposition();
    }

    /** An issuing step's document, named as the issuing page names it. */
    static String contentDisposition(vn.coordreport.issuing.FinalDocument f) {
        return FileNames.contentDisposition("attachment",
                ArchivedReport.readableName(f.agreementCode(), f.period(), "", f.numberAndSymbol(), "pdf"));
    }
}
