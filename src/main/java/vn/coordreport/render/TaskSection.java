package vn.coordreport.render;

import static vn.coordreport.render.VietnameseFormat.shortDate;

import java.util.ArrayList;
import java.util.List;

import vn.coordreport.review.Review;
import vn.coordreport.review.Review.AssessmentKind;
import vn.coordreport.review.Review.Task;
import vn.coordreport.review.Review.TaskStatus;

/**
 * IV. Phương hướng, nhiệm vụ for the next period: how the key tasks set for
 * this period went, the directions the conference's chairs gave, then the key
 * tasks of the next period.
 */
final class TaskSection {

    private TaskSection() {
    }

    static Part part(Review review) {
        String period = review.period().vietnameseName();
        List<Task> tasks = ReportBody.list(review.tasks());
        List<Block> done = new ArrayList<>();
        if (!tasks.isEmpty()) {
            String lead = commonLead(tasks);
            done.add(Block.Paragraph.of(ReportWording.capitalized("trong " + period) + ", "
                    + ReportWording.sides(review.agreement().parties().size()) + " đề ra "
                    + ReportBody.counted(tasks.size(), "nhiệm vụ trọng tâm")
                    + (lead == null ? "" : " do " + lead + " chủ trì") + ", " + tally(tasks) + "."));
            // one outcome for all, said in the count's sentence, is not said again after each (but a day done on)
            boolean oneOutcome = tasks.size() > 1 && tasks.stream().map(Task::status).distinct().count() == 1
                    && tasks.get(0).status() != TaskStatus.DONE;
            for (Task t : tasks) {
                boolean ownLead = lead == null && !ReportBody.blank(t.leadAgencyName());
                String after = (ownLead ? " (chủ trì: " + t.leadAgencyName().strip() + ")" : "") + ".";
                done.add(new Block.Paragraph(oneOutcome
                        ? List.of(Block.Run.plain("- " + ReportWording.clause(t.text()) + after))
                        : List.of(Block.Run.plain("- " + ReportWording.clause(t.text()) + ": "),
                                Block.Run.italic(outcome(t)), Block.Run.plain(after))));
            }
        }
        List<Block> directions = new ArrayList<>();
        List<String> given = review.assessments(AssessmentKind.DIRECTION);
        if (!given.isEmpty()) {
            String chairs = review.conference() == null ? ""
                    : Chairs.of(review.conference().chairs(), review.agreement().parties());
            String meeting = ReportWording.meeting(review.conference());
            directions.add(Block.Paragraph.of(chairs.isEmpty()
                    ? ReportWording.capitalized(meeting) + " thống nhất chỉ đạo:"
                    : "Tại " + meeting + ", " + chairs + " chỉ đạo:"));
            directions.addAll(ReportBody.items(given));
        }
        List<Block> next = new ArrayList<>();
        List<Task> nextTasks = ReportBody.list(review.nextTasks());
        String nextLead = nextTasks.size() > 1 ? commonLead(nextTasks) : null;
        if (nextLead != null) {
            // said once: "(chủ trì: Sở Ngoại vụ)" after each of twelve tasks
            next.add(Block.Paragraph.of(ReportWording.capitalized(nextLead) + " chủ trì các nhiệm vụ:"));
        }
        for (Task t : nextTasks) {
            List<String> notes = new ArrayList<>();
            if (nextLead == null && !ReportBody.blank(t.leadAgencyName())) {
                notes.add("chủ trì: " + t.leadAgencyName().strip());
            }
            if (t.dueOn() != null) {
                notes.add("thời hạn: " + shortDate(t.dueOn()));
            }
            if (!ReportBody.blank(t.reference())) {
                notes.add("theo " + t.reference().strip());
            }
            next.add(new Block.Paragraph(List.of(Block.Run.plain("- " + ReportWording.clause(t.text())),
                    Block.Run.italic(notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"), Block.Run.plain("."))));
        }
        String nextName = ReportWording.nextPeriod(review);
        if (directions.isEmpty() && next.isEmpty()) {
            // nothing set for the next period yet: a part of its own for how this period's tasks went, rather than
            // "Phương hướng, nhiệm vụ ..." over a lone point 1
            return Part.of("Kết quả thực hiện nhiệm vụ trọng tâm " + period, done);
        }
        return Part.of("Phương hướng, nhiệm vụ " + nextName, List.of(), List.of(
                Part.of("Kết quả thực hiện nhiệm vụ trọng tâm " + period, done),
                Part.of("Ý kiến chỉ đạo tại " + ReportWording.meeting(review.conference()), directions),
                Part.of("Nhiệm vụ trọng tâm " + nextName, next)));
    }

    /** {@code đã hoàn thành ngày 15/10/2021}, {@code đang thực hiện}, {@code chưa thực hiện}, {@code dừng thực hiện}. */
    static String outcome(Task t) {
        return word(t.status()) + (t.status() == TaskStatus.DONE && t.doneOn() != null ? " ngày " + shortDate(t.doneOn()) : "");
    }

    private static String word(TaskStatus status) {
        return switch (status) {
            case DONE -> "đã hoàn thành";
            case IN_PROGRESS -> "đang thực hiện";
            case PLANNED -> "chưa thực hiện";
            case DROPPED -> "dừng thực hiện";
        };
    }

    /**
     * How the tasks went, after their count: {@code trong đó: 01 đã hoàn thành, 01 đang thực hiện}; one status for
     * all, {@code cả 12 nhiệm vụ đều chưa thực hiện} ("trong đó: 12 chưa thực hiện" counted a part that was the whole),
     * and for one task its status alone.
     */
    private static String tally(List<Task> tasks) {
        List<String> parts = new ArrayList<>();
        for (TaskStatus status : List.of(TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.PLANNED, TaskStatus.DROPPED)) {
            long n = tasks.stream().filter(t -> t.status() == status).count();
            if (n == tasks.size()) {
                return n == 1 ? word(status) : "cả " + ReportBody.counted(n, "nhiệm vụ") + " đều " + word(status);
            }
            if (n > 0) {
                parts.add(ReportBody.counted(n, word(status)));
            }
        }
        return "trong đó: " + String.join(", ", parts);
    }

    /** The agency that leads every one of the tasks, said once; null when they differ or one names none. */
    private static String commonLead(List<Task> tasks) {
        List<String> leads = tasks.stream().map(t -> ReportBody.blank(t.leadAgencyName()) ? null
                : t.leadAgencyName().strip()).distinct().toList();
        return leads.size() == 1 ? leads.get(0) : null;
    }
}
