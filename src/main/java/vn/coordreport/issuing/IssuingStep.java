package vn.coordreport.issuing;

import java.time.OffsetDateTime;

/**
 * One step in a final's history: {@code MADE} (by a job or a request),
 * {@code APPROVED}, {@code REJECTED}, {@code SIGNED}, {@code ISSUED}; who took
 * it, when, and the comment given.
 */
public record IssuingStep(String step, String username, OffsetDateTime at, String comment) {

    /** The comment as the pages show it: a signature's key by its holder's name ({@link Issuing#readable}). */
    public String shownComment() {
        return "SIGNED".equals(step) ? Issuing.readable(comment) : comment;
    }

    public String label() {
        return switch (step) {
            case "MADE" -> "Lập bản chính thức";
            case "APPROVED" -> "Duyệt";
            case "REJECTED" -> "Trả lại";
            case "SIGNED" -> "Ký số";
            case "ISSUED" -> "Cấp số và ban hành";
            default -> step;
        };
    }
}
