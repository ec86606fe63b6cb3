package vn.coordreport.dashboard;

import java.time.LocalDate;

/**
 * A limitation not resolved, or a key task neither done nor dropped, as of a day.
 *
 * @param kind      {@code LIMITATION} or {@code TASK}
 * @param since     the limitation's finding, the task's due date: the one set, else the end of the task's period
 *                  (null: neither)
 * @param ageDays   days since {@code since}; for a task not yet due, 0
 * @param periodEnd whether a task's {@code since} is the end of its period, no due date being set
 */
public record OpenItem(String kind, String agreementCode, String text, String fieldName, LocalDate since,
        long ageDays, boolean periodEnd) {

    /** The age buckets of the chart, from the youngest; the first holds the tasks not overdue. */
    public static final String[] BUCKETS = {"Chưa quá hạn", "Dưới 3 tháng", "3 – 6 tháng", "6 – 12 tháng",
            "Trên 12 tháng"};

    public int bucket() {
        if (!limitation() && ageDays == 0) {
            return 0;
        }
        return ageDays < 91 ? 1 : ageDays < 183 ? 2 : ageDays < 366 ? 3 : 4;
    }

    public boolean limitation() {
        return "LIMITATION".equals(kind);
    }
}
