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
 * @param assessments    the paragraphs no figure gives (đặc điểm tình hình, lãnh đạo chỉ đạo, bài học kinh
 *                       nghiệm, kiến nghị, ý kiến chỉ đạo), in their order within each kind
 * @param termYears      for a term review (a range period), the years it spans, each cut to the range under
 *                       the calendar; empty for a named period. {@link IndicatorFigure#byYear} follows them
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
        List<String> fieldOrder,
        List<Assessment> assessments,
        List<TermYear> termYears) {

    public Review {
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        termYears = termYears == null ? List.of() : List.copyOf(termYears);
    }

    /** A review without assessments or term years (before import format 1.1). */
    public Review(AgreementInfo agreement, Period period, PeriodCalendar calendar, DateRange range, Period previous,
            DateRange previousRange, List<Result> results, List<IndicatorFigure> indicators,
            List<Limitation> limitations, List<Task> tasks, List<Task> nextTasks, List<Commendation> commendations,
            Conference conference, List<Recipient> recipients, List<String> fieldOrder) {
        this(agreement, period, calendar, range, previous, previousRange, results, indicators, limitations, tasks,
                nextTasks, commendations, conference, recipients, fieldOrder, List.of(), List.of());
    }

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
     * no commendation, no assessment, no task done in it and none set for the next period. A
     * final such as this is only issued on an explicit confirmation.
     */
    public boolean emptyForPeriod() {
        return none(indicators, i -> i.records() > 0) && none(results, r -> true) && none(commendations, c -> true)
                && none(nextTasks, t -> true) && assessments.isEmpty() && none(limitations, l -> l.state() != LimitationState.CARRIED_OVER)
                && none(tasks, t -> t.doneOn() != null && range != null && range.contains(t.doneOn()));
    }

    private static <T> boolean none(List<T> items, java.util.function.Predicate<T> counts) {
        return items == null || items.stream().noneMatch(counts);
    }

    /**
     * @param successor  the regulation that takes over the day after this one ends (same province and lead
     *                   agency), or null
     */
    public record AgreementInfo(String code, String title, String province, LocalDate signedOn,
            LocalDate effectiveFrom, LocalDate effectiveTo, String symbol, List<Agency> parties, Successor successor) {

        public AgreementInfo(String code, String title, String province, LocalDate signedOn,
                LocalDate effectiveFrom, LocalDate effectiveTo, String symbol, List<Agency> parties) {
            this(code, title, province, signedOn, effectiveFrom, effectiveTo, symbol, parties, null);
        }

        /** The lead (reporting) agency: the first party. */
        public Agency lead() {
            return parties.get(0);
        }
    }

    /** The regulation that follows an agreement, e.g. the one signed at a term review. */
    public record Successor(String code, LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    /**
     * @param system  {@code party} for a Party body (Hướng dẫn 36-HD/VPTW layout), else {@code state}
     * @param unit    the drafting unit's abbreviation for {@code - Lưu: VT, <unit>.}, or null
     */
    public record Agency(String code, String name, String province, String parent,
            String signerTitle, String signerName, String system, String unit) {

        private static final java.util.regex.Pattern PARTY_NAME = java.util.regex.Pattern.compile(
                "^(Đảng (ủy|uỷ|bộ)|(Tỉnh|Thành|Huyện|Thị|Quận) (ủy|uỷ)|Ban Thường vụ)");

        public Agency {
            if (system == null || system.isBlank()) {
                system = systemOf(name);
            }
        }

        /** An agency as import format 1.0 knew it: its system follows from its name. */
        public Agency(String code, String name, String province, String parent, String signerTitle,
                String signerName) {
            this(code, name, province, parent, signerTitle, signerName, null, null);
        }

        /** The name rule of import format 1.1: a name beginning {@code Đảng ủy}, {@code Tỉnh ủy}, ... is a Party body. */
        public static String systemOf(String name) {
            String nfc = name == null ? "" : java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC);
            return PARTY_NAME.matcher(nfc).find() ? "party" : "state";
        }

        public boolean party() {
            return "party".equals(system);
        }
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
     * @param phrase             how a report says the figure in a sentence ({@code {quantity}}, {@code {unit}},
     *                           {@code {counterparts}}, {@code {amount}}), or null where none is set
     * @param byYear             for a term review, the quantity in each of {@link Review#termYears}; else empty
     * @param yearDetails        for a term review, the amount and the counterparts in each of them; else empty
     * @param note               the note every record of the period carries, when they all carry the same one
     *                           (e.g. what the supplies given were: {@code Khẩu trang y tế}); else null
     */
    public record IndicatorFigure(String code, String name, String fieldCode, String fieldName, String unit,
            long records, BigDecimal quantity, Long amountVnd, long counterparts,
            BigDecimal previousQuantity, Long previousAmountVnd, long previousCounterparts,
            BigDecimal target, BigDecimal totalSinceEffective, List<AgencyShare> byAgency,
            long previousRecords, String phrase, List<BigDecimal> byYear, List<YearDetail> yearDetails, String note) {

        public IndicatorFigure {
            byYear = byYear == null ? List.of() : List.copyOf(byYear);
            yearDetails = yearDetails == null ? List.of() : List.copyOf(yearDetails);
        }

        /** Without a common note of its records. */
        public IndicatorFigure(String code, String name, String fieldCode, String fieldName, String unit,
                long records, BigDecimal quantity, Long amountVnd, long counterparts,
                BigDecimal previousQuantity, Long previousAmountVnd, long previousCounterparts,
                BigDecimal target, BigDecimal totalSinceEffective, List<AgencyShare> byAgency,
                long previousRecords, String phrase, List<BigDecimal> byYear, List<YearDetail> yearDetails) {
            this(code, name, fieldCode, fieldName, unit, records, quantity, amountVnd, counterparts,
                    previousQuantity, previousAmountVnd, previousCounterparts, target, totalSinceEffective,
                    byAgency, previousRecords, phrase, byYear, yearDetails, null);
        }

        public IndicatorFigure(String code, String name, String fieldCode, String fieldName, String unit,
                long records, BigDecimal quantity, Long amountVnd, long counterparts,
                BigDecimal previousQuantity, Long previousAmountVnd, long previousCounterparts,
                BigDecimal target, BigDecimal totalSinceEffective, List<AgencyShare> byAgency,
                long previousRecords, String phrase, List<BigDecimal> byYear) {
            this(code, name, fieldCode, fieldName, unit, records, quantity, amountVnd, counterparts,
                    previousQuantity, previousAmountVnd, previousCounterparts, target, totalSinceEffective,
                    byAgency, previousRecords, phrase, byYear, List.of());
        }

        /** Without a phrase or years (before import format 1.1). */
        public IndicatorFigure(String code, String name, String fieldCode, String fieldName, String unit,
                long records, BigDecimal quantity, Long amountVnd, long counterparts,
                BigDecimal previousQuantity, Long previousAmountVnd, long previousCounterparts,
                BigDecimal target, BigDecimal totalSinceEffective, List<AgencyShare> byAgency,
                long previousRecords) {
            this(code, name, fieldCode, fieldName, unit, records, quantity, amountVnd, counterparts,
                    previousQuantity, previousAmountVnd, previousCounterparts, target, totalSinceEffective,
                    byAgency, previousRecords, null, List.of());
        }

        /** The same figure with its quantities year by year. */
        public IndicatorFigure withYears(List<BigDecimal> years) {
            return withYears(years, List.of());
        }

        /** The same figure with its quantities, amounts and counterparts year by year. */
        public IndicatorFigure withYears(List<BigDecimal> years, List<YearDetail> details) {
            return new IndicatorFigure(code, name, fieldCode, fieldName, unit, records, quantity, amountVnd,
                    counterparts, previousQuantity, previousAmountVnd, previousCounterparts, target,
                    totalSinceEffective, byAgency, previousRecords, phrase, years, details, note);
        }

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

    /**
     * An indicator's amount (null where no record of the year has one) and distinct counterparts in one year of a
     * term: the counterparts of the years need not add up to the term's, a partner met in two years being one.
     */
    public record YearDetail(Long amountVnd, long counterparts) {

        public static final YearDetail NONE = new YearDetail(null, 0);
    }

    public enum LimitationState { NEW, CARRIED_OVER, RESOLVED }

    /** @param cause  its cause (nguyên nhân), or null */
    public record Limitation(String text, String fieldName, LocalDate foundOn, LocalDate resolvedOn,
            LimitationState state, String cause) {

        public Limitation(String text, String fieldName, LocalDate foundOn, LocalDate resolvedOn,
                LimitationState state) {
            this(text, fieldName, foundOn, resolvedOn, state, null);
        }
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

    /** The kinds of paragraph of import format 1.1's {@code assessments.csv}. */
    public enum AssessmentKind { SITUATION, LEADERSHIP, LESSON, PROPOSAL, DIRECTION }

    public record Assessment(AssessmentKind kind, String text) {
    }

    /** One year of a term review: its days within the term, under the review's calendar. */
    public record TermYear(int year, DateRange range) {
    }

    /** The paragraphs of one kind, in order. */
    public List<String> assessments(AssessmentKind kind) {
        return assessments.stream().filter(a -> a.kind() == kind).map(Assessment::text).toList();
    }
}
