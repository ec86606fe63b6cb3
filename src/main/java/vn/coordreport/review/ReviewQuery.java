package vn.coordreport.review;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/**
 * The module's façade: the {@link Review} of one agreement and one period,
 * computed by set-based SQL, and a cheap fingerprint of everything it reads.
 */
@Service
public class ReviewQuery {

    private final AgreementQueries agreements;
    private final IndicatorQuery indicators;
    private final NarrativeQueries narratives;
    private final TaskQueries tasks;
    private final ClosingQueries closing;
    private final FingerprintQuery fingerprints;
    private final PeriodCalendar defaultCalendar;

    ReviewQuery(AgreementQueries agreements, IndicatorQuery indicators, NarrativeQueries narratives,
            TaskQueries tasks, ClosingQueries closing, FingerprintQuery fingerprints,
            @Value("${coordreport.period-calendar:decree-09}") String defaultCalendar) {
        this.agreements = agreements;
        this.indicators = indicators;
        this.narratives = narratives;
        this.tasks = tasks;
        this.closing = closing;
        this.fingerprints = fingerprints;
        this.defaultCalendar = PeriodCalendar.fromId(defaultCalendar);
    }

    /**
     * The review of an agreement for a period. The calendar is the one given,
     * else the agreement's own, else the deployment's {@code coordreport.period-calendar}.
     * All statements read one snapshot of the database (repeatable read), so a
     * concurrent import cannot make the figures disagree with each other.
     *
     * @throws IllegalArgumentException for an unknown agreement
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Review review(String agreementCode, Period period, PeriodCalendar calendarOrNull) {
        AgreementRow agreement = agreements.find(agreementCode)
                .orElseThrow(() -> unknown(agreementCode));
        PeriodCalendar calendar = resolve(agreement, calendarOrNull);
        Period previous = period.previousComparable();
        Scope scope = new Scope(agreement, period, calendar, period.range(calendar), previous,
                previous.range(calendar));
        return new Review(agreements.info(agreement), period, calendar, scope.range(), previous,
                scope.previousRange(), narratives.results(scope), indicators.figures(scope),
                narratives.limitations(scope), tasks.tasks(scope), tasks.nextTasks(scope),
                closing.commendations(scope), closing.conference(scope), closing.recipients(scope),
                agreements.fieldOrder());
    }

    /**
     * A digest of every row {@link #review} would read for these arguments, in
     * one statement: equal fingerprints mean an equal review. The calendar is
     * resolved as in {@link #review} when null.
     *
     * @throws IllegalArgumentException for an unknown agreement
     */
    public String fingerprint(String agreementCode, Period period, PeriodCalendar cal) {
        return fingerprints.fingerprint(agreementCode, period, cal, defaultCalendar)
                .orElseThrow(() -> unknown(agreementCode));
    }

    /**
     * The calendar a review of this agreement uses: the one given, else the
     * agreement's own, else the deployment's (as {@link #review} resolves it).
     *
     * @throws IllegalArgumentException for an unknown agreement
     */
    public PeriodCalendar calendar(String agreementCode, PeriodCalendar calendarOrNull) {
        return resolve(agreements.find(agreementCode).orElseThrow(() -> unknown(agreementCode)), calendarOrNull);
    }

    private PeriodCalendar resolve(AgreementRow agreement, PeriodCalendar calendarOrNull) {
        return calendarOrNull != null ? calendarOrNull
                : agreement.periodCalendar() != null ? PeriodCalendar.fromId(agreement.periodCalendar())
                : defaultCalendar;
    }

    private static IllegalArgumentException unknown(String agreementCode) {
        return new IllegalArgumentException("unknown agreement '" + agreementCode + "'");
    }
}
