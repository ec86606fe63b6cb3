package vn.coordreport.archive;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import vn.coordreport.period.PeriodCalendar;

/**
 * A rendered report to archive.
 *
 * @param period          as written, e.g. {@code 2021}, {@code 2019-H1}
 * @param calendar        the calendar the review used: {@code decree-09} or {@code calendar}
 * @param format          {@code PDF} or {@code DOCX}
 * @param documentNumber  the final report's number in the issuing agency's register; null for a draft
 * @param fingerprint     the data fingerprint the report was rendered from; an equal fingerprint means an equal report
 * @param createdBy       e.g. {@code nightlyReportsJob}, {@code periodCloseJob}, {@code report command}
 * @param jobExecutionId  the Spring Batch job execution; null on demand
 * @param missingSigner   for a final made while no signer name was known, the code of the agency whose
 *                        {@code signer_name} is to be filled in; null otherwise
 * @param numberSymbol    for the Word file of an issued document, what follows its number ({@code /BC-SNgV})
 * @param issuedOn        for the Word file of an issued document, the day it was issued
 */
public record NewReport(String agreementCode, String period, String calendar, ReportKind kind, String format,
        Integer documentNumber, byte[] content, int pages, String fingerprint, String createdBy,
        Long jobExecutionId, String missingSigner, String numberSymbol, LocalDate issuedOn) {

    public NewReport(String agreementCode, String period, String calendar, ReportKind kind, String format,
            Integer documentNumber, byte[] content, int pages, String fingerprint, String createdBy,
            Long jobExecutionId, String missingSigner) {
        this(agreementCode, period, calendar, kind, format, documentNumber, content, pages, fingerprint, createdBy,
                jobExecutionId, missingSigner, null, null);
    }

    public NewReport(String agreementCode, String period, String calendar, ReportKind kind, String format,
            Integer documentNumber, byte[] content, int pages, String fingerprint, String createdBy,
            Long jobExecutionId) {
        this(agreementCode, period, calendar, kind, format, documentNumber, content, pages, fingerprint, createdBy,
                jobExecutionId, null, null, null);
    }

    public NewReport {
        Objects.requireNonNull(agreementCode, "agreementCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(createdBy, "createdBy");
        calendar = PeriodCalendar.fromId(calendar).id();
        format = Objects.requireNonNull(format, "format").trim().toUpperCase(Locale.ROOT);
        if (!format.equals("PDF") && !format.equals("DOCX")) {
            throw new IllegalArgumentException("a report is archived as PDF or DOCX, not " + format);
        }
        if (pages < 0) {
            throw new IllegalArgumentException("pages cannot be negative: " + pages);
        }
    }
}
