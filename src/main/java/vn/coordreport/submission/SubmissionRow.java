package vn.coordreport.submission;

import java.time.LocalDate;

/**
 * One party agency of an agreement in a period: its data's deadline, when it last sent data (null: never),
 * and the word for it. {@code cutOff} is the period's last day under the agreement's calendar.
 */
public record SubmissionRow(String agreementCode, String agencyCode, String agencyName, String contactEmail,
        LocalDate cutOff, LocalDate deadline, LocalDate lastSent, long rows, Status status) {

    /** DHIS2's completeness and timeliness in one word; the command prints these exact words. */
    public enum Status {
        ON_TIME("Đúng hạn"), LATE("Trễ hạn"), MISSING("Chưa gửi, đã quá hạn"), PENDING("Chưa gửi, còn hạn");

        private final String vietnamese;

        Status(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        public String vietnamese() {
            return vietnamese;
        }
    }
}
