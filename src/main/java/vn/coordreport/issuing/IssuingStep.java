package vn.coordreport.issuing;

import java.time.OffsetDateTime;

/**
 * One step in a final's history: {@code MADE} (by a job or a request),
 * {@code APPROVED}, {@code REJECTED}, {@code SIGNED}, {@code ISSUED}; who took
 * it, when, and the comment given.
 */
public record IssuingStep(String step, String username, OffsetDateTime at, String comment) {

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
