package vn.coordreport.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import vn.coordreport.period.DateRange;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/**
 * Everything a review report says about one agreement and one period, computed
 * from the database and nothing else: the renderer only lays it out.
 *
 * @param agreement      the regulation and its parties, the lead agency first
 * @param period         the period reported on
 * @param calendar       the calendar that turned it into {@code range}
 * @param range          the days covered
 * @param previous       the previous comparable period (same half / 9M / quarter a year earlier, the previous year)
 * @param previousRange  its days
 * @param results        the narrative achievements of the period, in catalogue field order, then by date
 * @param indicators     the indicator figures, in catalogue field order, then indicator order; only indicators with data or a target
 * @param limitations    found in the period, still open from earlier periods, and resolved in it
 * @param tasks          the key tasks set for this period and how each went
 * @param nextTasks      the directions and key tasks set for the next period (of this agreement or its successor)
 * @param commendations  the commendations for the work of the period
 * @param conference     the period's review conference, or null where none is recorded
 * @param recipients     the agreement's recipients and its province's {@code *} recipients
 * @param fieldOrder     the codes of every field in catalogue order, so that sections follow it
 */
public record Review(
        AgreementInfo agreement,
        Period period,
        PeriodCalendar calendar,
        DateRange range,
        Period previous,
        DateRange previousRange,
        List<Result> results,
        List<IndicatorFigure> indicators,
        List<Limitation> limitations,
        List<Task> tasks,
        List<Task> nextTasks,
        List<Commendation> commendations,
        Conference conference,
        List<Recipient> recipients,
        List<String> fieldOrder) {

    /** A review with no catalogue order: fields follow the order of the results, then the indicators. */
    public Review(AgreementInfo agreement, Period period, PeriodCalendar calendar, DateRange range, Period previous,
            DateRange previousRange, List<Result> results, List<IndicatorFigure> indicators,
            List<Limitation> limitations, List<Task> tasks, List<Task> nextTasks, List<Commendation> commendations,
            Conference conference, List<Recipient> recipients) {
        this(agreement, period, calendar, range, previous, previousRange, results, indicators, limitations, tasks,
                nextTasks, commendations, conference, recipients, List.of());
    }

    /**
     * Whether the report has nothing of its period to say: no record of any
     * indicator in it, no achievement, no limitation found or resolved in it,
     * no commendation, no task done in it and none set for the next period. A
     * final such as this is only issued on an explicit confirmation.
     */
    public boolean emptyForPeriod() {
        return none(indicators, i -> i.records() > 0) && none(results, r -> true) && none(commendations, c -> true)
                && none(nextTasks, t -> true) && none(limitations, l -> l.state() != LimitationState.CARRIED_OVER)
                && none(tasks, t -> t.doneOn() != null && range != null && range.contains(t.doneOn()));
    }

    private static <T> boolean none(List<T> items, java.util.function.Predicate<T> counts) {
        return items == null || items.stream().noneMatch(counts);
    }

    public record AgreementInfo(String code, String title, String province, LocalDate signedOn,
            LocalDate effectiveFrom, LocalDate effectiveTo, String symbol, List<Agency> parties) {

        /** The lead (reporting) agency: the first party. */
        public Agency lead() {
            return parties.get(0);
        }
    }

    public record Agency(String code, String name, String province, String parent,
            String signerTitle, String signerName) {
    }

    public record Result(String fieldCode, String fieldName, LocalDate date, String text) {
    }

    /**
     * One indicator read three ways (sum of quantity, sum of amounts, distinct
     * counterparts), this period against the previous comparable one, against
     * its target, and since the agreement took effect.
     *
     * @param amountVnd          null where no record of the period has an amount
     * @param previousAmountVnd  null where no record of the previous period has an amount
     * @param target             null where no target is set for the period
     * @param byAgency           the period's quantity split by reporting agency, the agreement's parties
     *                           first in party order; agencyCode and agencyName null for records that name no agency
     * @param previousRecords    the number of records of the previous period (0: nothing to compare with)
     */
    public record IndicatorFigure(String code, String name, String fieldCode, String fieldName, String unit,
            long records, BigDecimal quantity, Long amountVnd, long counterparts,
            BigDecimal previousQuantity, Long previousAmountVnd, long previousCounterparts,
            BigDecimal target, BigDecimal totalSinceEffective, List<AgencyShare> byAgency,
            long previousRecords) {

        /** The original shape, before previousRecords was added; previousRecords is then unknown (0). */
        public IndicatorFigure(String code, String name, String fieldCode, String fieldName, String unit,
                long records, BigDecimal quantity, Long amountVnd, long counterparts,
                BigDecimal previousQuantity, Long previousAmountVnd, long previousCounterparts,
                BigDecimal target, BigDecimal totalSinceEffective, List<AgencyShare> byAgency) {
            this(code, name, fieldCode, fieldName, unit, records, quantity, amountVnd, counterparts,
                    previousQuantity, previousAmountVnd, previousCounterparts, target, totalSinceEffective,
                    byAgency, 0);
        }

        /** The share of the target reached, e.g. 0.75 for 75 %; null where no (or a zero) target is set. */
        public BigDecimal targetShare() {
            if (target == null || target.signum() == 0) {
                return null;
            }
            return quantity.divide(target, 4, RoundingMode.HALF_UP);
        }
    }

    public record AgencyShare(String agencyCode, String agencyName, BigDecimal quantity) {
    }

    public enum LimitationState { NEW, CARRIED_OVER, RESOLVED }

    public record Limitation(String text, String fieldName, LocalDate foundOn, LocalDate resolvedOn,
            LimitationState state) {
    }

    public enum TaskStatus { PLANNED, IN_PROGRESS, DONE, DROPPED }

    public record Task(String period, String text, String fieldName, String leadAgencyName,
            LocalDate dueOn, TaskStatus status, LocalDate doneOn, String reference) {
    }

    public enum CommendationKind { COLLECTIVE, INDIVIDUAL }

    public record Commendation(CommendationKind kind, int count, String recipient, String award, LocalDate date) {
    }

    public record Conference(String name, LocalDate date, String place, List<String> chairs) {
    }

    public record Recipient(String name, String email, String role) {
    }
}
