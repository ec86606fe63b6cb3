package vn.coordreport.review;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The end of a review: commendations, the conference, and who receives the report. */
@Component
class ClosingQueries {

    private static final String COMMENDATIONS = """
            select kind, count, recipient, award, awarded_on as date
            from commendation
            where agreement_id = :agreement and period = :period
            order by kind, id
            """;

    private static final String CONFERENCE = """
            select name, held_on, place, chairs
            from conference
            where agreement_id = :agreement and period = :period
            """;

    // The agreement's own recipients first, then the '*' rows of its lead agency's province (import format); an
    // address listed twice is kept once, as the agreement's own row names it.
    // Provinces and addresses compare in NFC, as AgreementCatalog's recipients.
    private static final String RECIPIENTS = """
            select name, email, role
            from (
                select distinct on (lower(normalize(trim(r.email), NFC))) r.name, trim(r.email) as email, r.role,
                       r.agreement_id is null as province_wide, r.id
                from recipient r
                join agreement a on a.id = :agreement
                join agency lead on lead.id = a.lead_agency_id
                where r.agreement_id = a.id or normalize(r.province, NFC) = normalize(lead.province, NFC)
                order by lower(normalize(trim(r.email), NFC)), r.agreement_id is null, r.id
            ) unique_recipients
            order by province_wide, id
            """;

    private final JdbcClient jdbc;

    ClosingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Review.Commendation> commendations(Scope scope) {
        return jdbc.sql(COMMENDATIONS).param("agreement", scope.agreementId())
                .param("period", scope.period().toString())
                .query(Review.Commendation.class).list();
    }

    Review.Conference conference(Scope scope) {
        return jdbc.sql(CONFERENCE).param("agreement", scope.agreementId()).param("period", scope.period().toString())
                .query((rs, n) -> new Review.Conference(rs.getString("name"),
                        rs.getObject("held_on", java.time.LocalDate.class), rs.getString("place"),
                        chairs(rs.getString("chairs"))))
                .optional().orElse(null);
    }

    List<Review.Recipient> recipients(Scope scope) {
        return jdbc.sql(RECIPIENTS).param("agreement", scope.agreementId()).query(Review.Recipient.class).list();
    }

    private static List<String> chairs(String chairs) {
        if (chairs == null) {
            return List.of();
        }
        return Arrays.stream(chairs.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
