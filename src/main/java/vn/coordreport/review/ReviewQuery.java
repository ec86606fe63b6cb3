package vn.coordreport.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.coordreport.catalog.UnknownAgreement;
import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/**
 * The module's façade: the {@link Review} of one agreement and one period,
 * computed by set-based SQL, and its fingerprint (remembered while its inputs are unchanged).
 */
@Service
public class ReviewQuery {

    private final AgreementQueries agreements;
    private final IndicatorQuery indicators;
    private final NarrativeQueries narratives;
    private final TaskQueries tasks;
    private final ClosingQueries closing;
    private final TermYearQuery termYears;
    private final FingerprintCache fingerprints;
    private final PeriodCalendar defaultCalendar;

    ReviewQuery(AgreementQueries agreements, IndicatorQuery indicators, NarrativeQueries narratives,
            TaskQueries tasks, ClosingQueries closing, TermYearQuery termYears, FingerprintCache fingerprints,
            @Value("${coordreport.period-calendar:decree-09}") String defaultCalendar) {
        this.agreements = agreements;
        this.indicators = indicators;
        this.narratives = narratives;
        this.tasks = tasks;
        this.closing = closing;
        this.termYears = termYears;
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
        List<Review.TermYear> years = TermYearQuery.years(scope);
        return new Review(agreements.info(agreement), period, calendar, scope.range(), previous,
                scope.previousRange(), narratives.results(scope),
                termYears.withYears(scope, years, indicators.figures(scope)),
                narratives.limitations(scope), tasks.tasks(scope), tasks.nextTasks(scope),
                closing.commendations(scope), closing.conference(scope), closing.recipients(scope),
                agreements.fieldOrder(), narratives.assessments(scope), years);
    }

    /**
     * A review's fingerprint, and the review itself when it had to be computed.
     *
     * @param fingerprint  32 hexadecimal digits: equal fingerprints mean an equal review
     * @param review       the review, or null when the fingerprint was remembered from an earlier one
     */
    public record Fingerprinted(String fingerprint, Review review) {
    }

    /**
     * The fingerprint of the review {@link #review} would give for these arguments: a digest of the review
     * itself, so data that changes no figure or text changes nothing, and undoing and re-importing the same
     * data gives the same fingerprint. It is remembered with the revision of the agreement's inputs (bumped by
     * triggers on every table a review reads); while that is unchanged, the remembered fingerprint is
     * returned after one index lookup and no review is computed. The calendar is resolved as in {@link #review}.
     *
     * @throws IllegalArgumentException for an unknown agreement
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Fingerprinted fingerprinted(String agreementCode, Period period, PeriodCalendar calendarOrNull) {
        String code = agreementCode == null ? null : agreementCode.trim();
        String key = String.join("|", String.valueOf(code), period.toString(),
                calendarOrNull == null ? "" : calendarOrNull.id(), defaultCalendar.id());
        Optional<String> cached = fingerprints.cached(key, code);
        if (cached.isPresent()) {
            return new Fingerprinted(cached.get(), null);
        }
        String revision = fingerprints.revision(code);
        Review review = review(code, period, calendarOrNull);
        String fingerprint = digest(review);
        fingerprints.remember(key, revision, fingerprint);
        return new Fingerprinted(fingerprint, review);
    }

    /** The fingerprint alone; see {@link #fingerprinted}. */
    public String fingerprint(String agreementCode, Period period, PeriodCalendar cal) {
        return fingerprinted(agreementCode, period, cal).fingerprint();
    }

    /** MD5 of the review's text: records print every component, lists every element, in order. */
    private static String digest(Review review) {
        try {
            byte[] hash = MessageDigest.getInstance("MD5").digest(review.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
        return new UnknownAgreement(agreementCode);
    }
}
