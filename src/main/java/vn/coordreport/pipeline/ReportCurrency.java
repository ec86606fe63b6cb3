package vn.coordreport.pipeline;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.coordreport.archive.ArchivedReport;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;
import vn.coordreport.review.Review;
import vn.coordreport.review.ReviewQuery;

/**
 * Whether an archived report still shows its period's data: a final signed or issued after the period's figures
 * or texts changed would be a document the database contradicts (and, once issued, its period is locked).
 */
@Component
public class ReportCurrency {

    private final ReviewQuery reviews;

    ReportCurrency(ReviewQuery reviews) {
        this.reviews = reviews;
    }

    /**
     * True when the review of the report's agreement and period is no longer the one it was rendered from. The
     * template is left out: a final is the document under review whatever the layout of later ones.
     */
    public boolean dataChangedSince(ArchivedReport made) {
        String now = reviews.fingerprinted(made.agreementCode(), Period.parse(made.period()),
                PeriodCalendar.fromId(made.calendar())).fingerprint();
        return !made.fingerprint().startsWith(TemplateFingerprint.dataPart(now));
    }

    /**
     * The key tasks of the report's period still recorded as not started, due by the period's last day or without
     * a due date: the report says "chưa thực hiện" of each, which the reviewer should know is so, and not a status
     * nobody brought up to date. A task due after the period (a year's task at its nine months) is not one.
     */
    public List<UnstartedTask> unstartedTasks(ArchivedReport made) {
        Review review = reviews.review(made.agreementCode(), Period.parse(made.period()),
                PeriodCalendar.fromId(made.calendar()));
        LocalDate last = review.range().to();
        return review.tasks().stream()
                .filter(t -> t.status() == Review.TaskStatus.PLANNED && (t.dueOn() == null || !t.dueOn().isAfter(last)))
                .map(t -> new UnstartedTask(withoutFullStop(t.text()), t.leadAgencyName(), t.dueOn())).toList();
    }

    /** {@code ... Việt Nam - Trung Quốc} of {@code ... Việt Nam - Trung Quốc.}, so that a due date may follow it. */
    private static String withoutFullStop(String text) {
        String s = text.strip();
        return s.endsWith(".") && !s.endsWith("..") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * A task of the period the report calls "chưa thực hiện": its text without its closing full stop, its lead
     * agency's name and its due date, or nulls.
     */
    public record UnstartedTask(String text, String leadAgencyName, LocalDate dueOn) {
    }
}
