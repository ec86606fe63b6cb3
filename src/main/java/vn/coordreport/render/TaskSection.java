package vn.coordreport.render;

import static vn.coordreport.render.VietnameseFormat.shortDate;

import java.util.ArrayList;
import java.util.List;

import vn.coordreport.period.Period;
import vn.coordreport.review.Review;
import vn.coordreport.review.Review.Task;
import vn.coordreport.review.Review.TaskStatus;

/** III. The key tasks set for the period and how each went, then those set for the next period. */
final class TaskSection {

    private TaskSection() {
    }

    static void write(Review review, ReportLines lines) {
        String period = review.period().vietnameseName();
        List<Task> tasks = ReportBody.list(review.tasks());
        List<Task> next = ReportBody.list(review.nextTasks());
        lines.section("III. NHIỆM VỤ TRỌNG TÂM");
        lines.subsection("1. Kết quả thực hiện nhiệm vụ trọng tâm " + period);
        if (tasks.isEmpty()) {
            lines.paragraph("Không có nhiệm vụ trọng tâm nào được đề ra cho " + period + ".");
        } else {
            lines.paragraph(ReportWording.capitalized("trong " + period) + ", "
                    + ReportWording.sides(review.agreement().parties().size()) + " triển khai "
                    + ReportBody.counted(tasks.size(), "nhiệm vụ trọng tâm") + ", trong đó: " + tally(tasks) + ".");
            for (Task t : tasks) {
                lines.paragraphMarkup("- " + ReportLines.escape(ReportWording.clause(t.text())
                        + (ReportBody.blank(t.leadAgencyName()) ? "" : " (chủ trì: " + t.leadAgencyName() + ")"))
                        + ": <i>" + ReportLines.escape(outcome(t)) + "</i>.");
            }
        }
        String nextName = nextPeriodName(review, next);
        lines.subsection("2. Phương hướng, nhiệm vụ trọng tâm " + nextName);
        if (next.isEmpty()) {
            lines.paragraph("Chưa đề ra phương hướng, nhiệm vụ trọng tâm cho " + nextName + ".");
        }
        for (Task t : next) {
            List<String> notes = new ArrayList<>();
            if (!ReportBody.blank(t.leadAgencyName())) {
                notes.add("chủ trì: " + t.leadAgencyName().strip());
            }
            if (t.dueOn() != null) {
                notes.add("thời hạn: " + shortDate(t.dueOn()));
            }
            if (!ReportBody.blank(t.reference())) {
                notes.add("căn cứ: " + t.reference().strip());
            }
            lines.paragraphMarkup("- " + ReportLines.escape(ReportWording.clause(t.text()))
                    + (notes.isEmpty() ? "" : " <i>(" + ReportLines.escape(String.join("; ", notes)) + ")</i>") + ".");
        }
    }

    /** {@code Đã hoàn thành ngày 15/10/2021}, {@code Đang thực hiện}, {@code Chưa thực hiện}, {@code Dừng thực hiện}. */
    static String outcome(Task t) {
        return switch (t.status()) {
            case DONE -> "đã hoàn thành" + (t.doneOn() == null ? "" : " ngày " + shortDate(t.doneOn()));
            case IN_PROGRESS -> "đang thực hiện";
            case PLANNED -> "chưa thực hiện";
            case DROPPED -> "dừng thực hiện";
        };
    }

    private static String tally(List<Task> tasks) {
        List<String> parts = new ArrayList<>();
        for (TaskStatus status : List.of(TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.PLANNED, TaskStatus.DROPPED)) {
            long n = tasks.stream().filter(t -> t.status() == status).count();
            if (n > 0) {
                String word = switch (status) {
                    case DONE -> "đã hoàn thành";
                    case IN_PROGRESS -> "đang thực hiện";
                    case PLANNED -> "chưa thực hiện";
                    case DROPPED -> "dừng thực hiện";
                };
                parts.add(ReportBody.counted(n, word));
            }
        }
        return String.join(", ", parts);
    }

    /** The next tasks' own period ({@code năm 2022}) where they share one, else the period that follows. */
    private static String nextPeriodName(Review review, List<Task> next) {
        List<String> periods = next.stream().map(Task::period).filter(p -> !ReportBody.blank(p)).distinct().toList();
        try {
            if (periods.size() == 1) {
                return Period.parse(periods.get(0)).vietnameseName();
            }
            return review.period().following().get(0).vietnameseName();
        } catch (IllegalArgumentException e) {
            return "kỳ tới";
        }
    }
}
