package vn.coordreport.dashboard;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's façade. Each method is one or two statements; the page calls them in one read-only snapshot
 * ({@link #snapshot}) so that its figures agree with each other.
 */
@Service
public class Dashboard {

    /** How many periods a trend shows: the chosen one and the same period of the four years before. */
    public static final int TREND_LENGTH = 5;
    public static final int ISSUED_SHOWN = 10;

    private final ScopeQueries scope;
    private final IndicatorFigureQuery indicators;
    private final StatusQueries status;

    Dashboard(ScopeQueries scope, IndicatorFigureQuery indicators, StatusQueries status) {
        this.scope = scope;
        this.indicators = indicators;
        this.status = status;
    }

    /**
     * Everything the page shows, as of {@code today}, and the scope it is of: the one asked for, or, when that names
     * an agreement the province does not have (a hand-typed address), every agreement of the province.
     */
    public record View(DashboardScope scope, List<Option> agreements, IndicatorFigures indicators,
            List<OpenItem> openItems, List<SilentAgency> silent, List<IssuedReport> issued) {
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public View snapshot(DashboardScope asked, LocalDate today) {
        List<ScopedAgreement> all = scope.agreements(asked.province(), null);
        List<ScopedAgreement> named = named(all, asked.agreementCode());
        // none named, or one the province does not have: every agreement of the province; one named in other letters'
        // case is that agreement, under its own code
        DashboardScope s = named.isEmpty() ? asked.everyAgreement() : asked.withAgreement(named.get(0).code());
        List<ScopedAgreement> chosen = named.isEmpty() ? all : named;
        return new View(s, all.stream().map(a -> new Option(a.code(), a.code() + " · " + a.title())).toList(),
                indicators.figures(chosen, s.period(), s.fieldCode(), TREND_LENGTH),
                status.openItems(chosen, s.fieldCode(), today),
                status.silent(chosen, s.period(), today),
                status.issued(s.province(), s.agreementCode(), ISSUED_SHOWN));
    }

    /**
     * The agreement a code names among the province's: the one of that very code, else the only one whose code is
     * the same in other letters' case or Unicode form (as the lists' filters compare); none when it names none, or
     * several look-alikes.
     */
    private static List<ScopedAgreement> named(List<ScopedAgreement> all, String code) {
        List<ScopedAgreement> exact = all.stream().filter(a -> a.code().equals(code)).toList();
        if (!exact.isEmpty() || code == null) {
            return exact;
        }
        List<ScopedAgreement> alike = all.stream().filter(a -> sameCode(a.code(), code)).toList();
        return alike.size() == 1 ? alike : List.of();
    }

    private static boolean sameCode(String a, String b) {
        return key(a).equals(key(b));
    }

    private static String key(String code) {
        return Normalizer.normalize(code.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    public List<String> provinces() {
        return scope.provinces();
    }

    public List<Option> fields() {
        return scope.fields();
    }

    /** The day of the newest record of the province, to choose a period with data by default. */
    public Optional<LocalDate> latestDay(String province) {
        return scope.latestDay(province);
    }

    /** The last year the periods offered reach: the last a regulation of the province is in effect, or this one. */
    public int lastTermYear(String province, LocalDate today) {
        return scope.lastTermYear(province, today.getYear());
    }

    /** Each of the page's statements alone (the benchmark times them one by one). */
    public IndicatorFigures indicators(DashboardScope s) {
        return indicators.figures(scoped(s), s.period(), s.fieldCode(), TREND_LENGTH);
    }

    public List<OpenItem> openItems(DashboardScope s, LocalDate today) {
        return status.openItems(scoped(s), s.fieldCode(), today);
    }

    public List<SilentAgency> silent(DashboardScope s, LocalDate today) {
        return status.silent(scoped(s), s.period(), today);
    }

    public List<IssuedReport> issued(DashboardScope s) {
        return status.issued(s.province(), s.agreementCode(), ISSUED_SHOWN);
    }

    private List<ScopedAgreement> scoped(DashboardScope s) {
        return scope.agreements(s.province(), s.agreementCode());
    }
}
