package vn.coordreport.pipeline;

import java.time.OffsetDateTime;

/**
 * A report request as the API and the web page show it.
 *
 * @param period     as written, e.g. {@code 2021-H1}
 * @param format     {@code PDF} or {@code DOCX}
 * @param status     {@code QUEUED}, {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param percent    0 to 100
 * @param step       what it is doing, a short Vietnamese phrase
 * @param versionId  the archived report version, once DONE
 * @param error      why it FAILED, else null
 */
public record ReportRequestStatus(long id, String agreementCode, String period, String format, boolean finalReport,
        String status, int percent, String step, Long versionId, String error, String requestedBy,
        OffsetDateTime requestedAt, OffsetDateTime finishedAt) {

    public boolean done() {
        return status.equals("DONE");
    }

    public boolean finished() {
        return status.equals("DONE") || status.equals("FAILED");
    }
}
