package vn.coordreport.issuing;

import java.util.HexFormat;

/** SHA-256 in lower-case hex, as the archive writes it. */
final class ReportArchiveDigest {

    private ReportArchiveDigest() {
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(CmsSignature.sha256(content));
    }
}
