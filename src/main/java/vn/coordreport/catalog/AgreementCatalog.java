package vn.coordreport.catalog;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The module's façade for agreements: what the CLI and the web page list and look up. */
@Service
public class AgreementCatalog {

    private static final String SUMMARY = """
            select a.code, a.title, a.province, a.effective_from, a.effective_to, ag.name as lead_agency_name,
                   a.symbol, ag.province as lead_agency_province
            from agreement a
            join agency ag on ag.id = a.lead_agency_id
            """;

    // Province names are compared as the security module compares them: in Unicode
    // NFC (a terminal may send "Lạng Sơn" decomposed while the import stored it
    // composed), trimmed and without case ("quảng trị" is Quảng Trị).
    private static final String LIST = SUMMARY + """
            where cast(:province as text) is null
               or search_key(a.province) = search_key(cast(:province as text))
            order by a.province, a.effective_from, a.code
            """;

    private static final String FIND = SUMMARY + """
            where a.code = :code
            """;

    // The '*' rows are those of the lead agency's province (import format: "every agreement of the lead agency's
    // province"), which issues the reports. An address listed both for the agreement and for its province counts once,
    // whatever its case; the agreement's own row wins. They come in the order of the document's "Nơi nhận" (the
    // review's ClosingQueries): the agreement's own rows, then the province's, each as imported. Provinces and addresses
    // compare in NFC: rows imported before imports wrote NFC may hold "Quảng Trị"
    // decomposed, and are the same province.
    private static final String RECIPIENTS = """
            select email, name, role
            from (
                select distinct on (lower(normalize(trim(r.email), NFC))) trim(r.email) as email, r.name, r.role,
                       r.agreement_id is null as province_wide, r.id
                from agreement a
                join agency lead on lead.id = a.lead_agency_id
                join recipient r on r.agreement_id = a.id
                                 or (r.agreement_id is null and normalize(r.province, NFC) = normalize(lead.province, NFC))
                where a.code = :code
                order by lower(normalize(trim(r.email), NFC)), r.agreement_id nulls last, r.id
            ) unique_recipients
            order by province_wide, id
            """;

    private final JdbcClient jdbc;

    AgreementCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every agreement, or those of one province, by province, then start, then code. */
    public List<AgreementSummary> list(String provinceOrNull) {
        String province = provinceOrNull == null || provinceOrNull.isBlank() ? null : provinceOrNull;
        return jdbc.sql(LIST).param("province", province, java.sql.Types.VARCHAR)
                .query(AgreementSummary.class).list();
    }

    /** The agreement with this code (its number and symbol as written, e.g. {@code 09/QCPH/SNgV-BP}). */
    public Optional<AgreementSummary> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        // codes are stored in NFC: a code typed decomposed (as some keyboards send it) finds the same agreement
        return jdbc.sql(FIND).param("code", java.text.Normalizer.normalize(code.trim(), java.text.Normalizer.Form.NFC))
                .query(AgreementSummary.class).optional();
    }

    /**
     * The code of the one agreement that {@code typed} names but for the case of its letters or its diacritics
     * ({@code 09/qcph/sngv-bdbp} for {@code 09/QCPH/SNgV-BĐBP}), for a hint after a code that names none: a code is
     * matched as written, and a terminal without a Vietnamese keyboard types {@code BDBP}. Empty when no agreement,
     * or more than one, is so named.
     */
    public Optional<String> meant(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String folded = CodeCatalogue.fold(typed);
        List<String> like = jdbc.sql("select code from agreement").query(String.class).list().stream()
                .filter(code -> CodeCatalogue.fold(code).equals(folded)).toList();
        return like.size() == 1 ? Optional.of(like.get(0)) : Optional.empty();
    }

    /**
     * The province of the agencies and agreements that {@code typed} names but for its diacritics ({@code Lạng Sơn}
     * for {@code Lang Son}), as for {@link #meant}: a user limited to the province typed would see nothing. Empty
     * when {@code typed} is a province of the data as it is (compared as the security module compares provinces:
     * NFC, trimmed, without case), when none is so named (a province whose data is yet to come), or more than one.
     */
    public Optional<String> provinceMeant(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        List<String> provinces = jdbc.sql("select province from agreement union select province from agency")
                .query(String.class).list();
        if (provinces.stream().anyMatch(p -> provinceKey(p).equals(provinceKey(typed)))) {
            return Optional.empty();
        }
        String folded = CodeCatalogue.fold(typed);
        List<String> like = provinces.stream().filter(p -> CodeCatalogue.fold(p).equals(folded)).distinct().toList();
        return like.size() == 1 ? Optional.of(like.get(0)) : Optional.empty();
    }

    private static String provinceKey(String province) {
        return Normalizer.normalize(province.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The agreement with this code, or {@link UnknownAgreement}. */
    public AgreementSummary require(String code) {
        return find(code).orElseThrow(() -> new UnknownAgreement(code));
    }

    /**
     * The e-mail address of the agreement's lead agency ({@code contact_email}, import format 1.1): where the body
     * that issues its reports is reached; empty when it has none.
     */
    public Optional<String> leadContactEmail(String code) {
        return jdbc.sql("""
                select nullif(trim(ag.contact_email), '') from agreement a join agency ag on ag.id = a.lead_agency_id
                where a.code = :code
                """).param("code", code == null ? null : code.trim(), java.sql.Types.VARCHAR).query(String.class)
                .optional();
    }

    /**
     * Whether the agreements are of more than one province (compared as {@link #provinceMeant} compares): then no
     * one office's contact speaks for every issuing body of the deployment.
     */
    public boolean severalProvinces() {
        return jdbc.sql("select distinct province from agreement").query(String.class).list().stream()
                .map(AgreementCatalog::provinceKey).distinct().count() > 1;
    }

    /**
     * Who receives this agreement's reports: its own recipients and the
     * {@code *} recipients of its province, one row per address (compared
     * without case), by address. Empty for an unknown agreement.
     */
    public List<AgreementRecipient> recipients(String code) {
        return jdbc.sql(RECIPIENTS).param("code", code == null ? null : code.trim(), java.sql.Types.VARCHAR)
                .query(AgreementRecipient.class).list();
    }
}
