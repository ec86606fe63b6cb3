package vn.coordreport.review;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The agreement itself and its parties, the lead agency first. */
@Component
class AgreementQueries {

    private static final String AGREEMENT = """
            select id, code, title, province, signed_on, effective_from, effective_to, symbol,
                   lead_agency_id, period_calendar
            from agreement
            where code = :code
            """;

    // The lead agency comes first even where agreement_party lacks it or numbers it otherwise.
    private static final String PARTIES = """
            select ag.code, ag.name, ag.province, ag.parent, ag.signer_title, ag.signer_name, ag.system, ag.unit
            from agency ag
            join agreement a on a.id = :agreement
            left join agreement_party p on p.agreement_id = a.id and p.agency_id = ag.id
            where ag.id = a.lead_agency_id or p.agency_id is not null
            order by ag.id = a.lead_agency_id desc, p.position, ag.code
            """;

    // As TaskQueries finds the next period's tasks: same province and lead agency, taking over the next day.
    private static final String SUCCESSOR = """
            select s.code, s.effective_from, s.effective_to
            from agreement a
            join agreement s on s.province = a.province and s.lead_agency_id = a.lead_agency_id
                            and s.effective_from = a.effective_to + 1
            where a.id = :agreement
            order by s.id
            limit 1
            """;

    private final JdbcClient jdbc;

    AgreementQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AgreementRow> find(String code) {
        return jdbc.sql(AGREEMENT).param("code", code == null ? null : code.trim())
                .query(AgreementRow.class).optional();
    }

    Review.AgreementInfo info(AgreementRow a) {
        List<Review.Agency> parties = jdbc.sql(PARTIES).param("agreement", a.id()).query(Review.Agency.class).list();
        Review.Successor successor = a.effectiveTo() == null ? null
                : jdbc.sql(SUCCESSOR).param("agreement", a.id()).query(Review.Successor.class).optional().orElse(null);
        return new Review.AgreementInfo(a.code(), a.title(), a.province(), a.signedOn(), a.effectiveFrom(),
                a.effectiveTo(), a.symbol(), parties, successor);
    }

    /** Every field's code, in catalogue order (built-in fields first, as numbered). */
    List<String> fieldOrder() {
        return jdbc.sql("select code from field order by id").query(String.class).list();
    }
}
