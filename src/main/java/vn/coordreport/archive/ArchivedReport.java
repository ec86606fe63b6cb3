package vn.coordreport.archive;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import vn.coordreport.files.FileNames;

/**
 * One stored report version, without its bytes ({@link ReportArchive#content}).
 *
 * @param version       1, 2, ... per agreement, period, calendar, kind and format
 * @param sha256        of the content, lower-case hex
 * @param supersedesId  for a final, the final version it replaces; null otherwise
 * @param missingSigner  for a final made while no signer name was known, the code of the agency whose
 *                       {@code signer_name} is to be filled in before it is signed; null otherwise
 * @param numberSymbol   for an issued document, what follows its number, e.g. {@code /BC-SNgV} or {@code -BC/ĐU};
 *                       null otherwise, and for a document issued before it was kept
 * @param issuedOn       for an issued document, the day the văn thư issued it; null otherwise
 */
public record ArchivedReport(long id, String agreementCode, String period, String calendar, ReportKind kind,
        String format, int version, Integer documentNumber, String sha256, long sizeBytes, int pages,
        String fingerprint, OffsetDateTime createdAt, String createdBy, Long jobExecutionId, Long supersedesId,
        String missingSigner, String numberSymbol, LocalDate issuedOn) {

    /**
     * A safe ASCII file name: {@code 09-QCPH-SNgV-BP_2021_v2.pdf}, a draft
     * {@code 05-QCPH-SNgV-BDBP_2019-H1_du-thao_v3.pdf}.
     */
    public String fileName() {
        return ReportFileNames.of(agreementCode, period, kind, version, format.toLowerCase(Locale.ROOT));
    }

    /**
     * The name a user reads ({@code filename*} of a download): {@code Báo cáo 09-QCPH-SNgV-BP 2021 (dự thảo) v1.pdf};
     * an issued document by its number, {@code Báo cáo 09-QCPH-SNgV-BP 2021 số 01-BC-SNgV.pdf}, as a clerk files it.
     */
    public String readableName() {
        return readableName(agreementCode, period, (kind == ReportKind.DRAFT ? " (dự thảo)" : "")
                + (numberAndSymbol() == null ? " v" + version : ""), numberAndSymbol(), format);
    }

    /**
     * Its {@code Content-Disposition} as a download: the readable name as {@code filename*}, and as {@code filename}
     * the archive's ASCII name, or for an issued document the readable name's ASCII form, by its number too (a
     * client that reads {@code filename} alone filed the issued document as {@code ..._v2.pdf}).
     */
    public String contentDisposition() {
        return numberAndSymbol() == null ? FileNames.contentDisposition("attachment", fileName(), readableName())
                : FileNames.contentDisposition("attachment", readableName());
    }

    /**
     * {@code Báo cáo CODE PERIOD[ số NUMBER].ext}, what a report's file is named for a user whatever gives it (the
     * archive, the issuing steps): characters a file name may not hold become {@code -}, in NFC.
     *
     * @param after what follows the period before the number ({@code (dự thảo)}, {@code v2}), or empty
     */
    public static String readableName(String agreementCode, String period, String after, String numberOrNull,
            String format) {
        String name = "Báo cáo " + agreementCode.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-") + " "
                + period.replace("..", "_") + after + (numberOrNull == null ? "" : " số " + numberOrNull.replace('/', '-'))
                + "." + format.toLowerCase(Locale.ROOT);
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
    }

    /** {@code 05/BC-SNgV} as the register writes it (its number alone when its symbol was not kept); null unnumbered. */
    public String numberAndSymbol() {
        return numberAndSymbol(documentNumber, numberSymbol);
    }

    /**
     * A document's number as written: two digits at least, then what follows it ({@code 05} and {@code /BC-SNgV}
     * give {@code 05/BC-SNgV}, a Party document's {@code -BC/ĐU} {@code 05-BC/ĐU}); null without a number.
     */
    public static String numberAndSymbol(Integer number, String symbolOrNull) {
        return number == null ? null : (number < 10 ? "0" : "") + number + (symbolOrNull == null ? "" : symbolOrNull);
    }
}
