package vn.coordreport.issuing;

/**
 * Where a final stands on its way out: made by a close or on request, it waits
 * for review; approved, it waits for the signer; signed, for the văn thư, who
 * numbers, seals and issues it. A rejected final stays as it is: the data or
 * text is fixed and a new final made.
 */
public enum FinalState {
    WAITING_REVIEW, REJECTED, WAITING_SIGNATURE, SIGNED, ISSUED;

    /** As the pages say it. */
    public String label() {
        return switch (this) {
            case WAITING_REVIEW -> "Chờ duyệt";
            case REJECTED -> "Bị trả lại";
            case WAITING_SIGNATURE -> "Chờ ký";
            case SIGNED -> "Đã ký, chờ ban hành";
            case ISSUED -> "Đã ban hành";
        };
    }
}
