package vn.coordreport.delivery;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code reminder_delivery} table, worked as {@link DeliveryLedger} works {@code delivery}: one
 * statement per change, committed on its own, a row claimed before its SMTP conversation.
 */
@Component
class ReminderLedger implements SendLedger {

    record Claim(long id, String email, String name, String subject, String body, String messageId, int attempts) {
    }

    private static final String ADD = """
            insert into reminder_delivery (agreement_code, agency_code, period, kind, email, name, subject, body, message_id)
            values (:agreement, :agency, :period, :kind, :email, :name, :subject, :body, :messageId)
            on conflict do nothing
            """;

    private static final String CLAIM = """
            update reminder_delivery set status = 'SENDING', attempts = attempts + 1, claimed_at = now()
            where id = (select id from reminder_delivery
                        where status = 'PENDING' and next_attempt_at <= :runStart
                        order by next_attempt_at, id
                        limit 1
                        for update skip locked)
            returning id, email, name, subject, body, message_id, attempts
            """;

    private static final String STALE = """
            update reminder_delivery set status = 'UNCERTAIN',
                last_error = 'cut off while sending; not resent automatically: look for Message-ID ' || message_id
                    || ' in the mail server log'
            where status = 'SENDING' and claimed_at < now() - make_interval(secs => :seconds)
            """;

    private static final String LIST = """
            select agreement_code, agency_code, period, kind, email, status, attempts, sent_at, last_error
            from reminder_delivery
            where period = :period
            order by agreement_code, agency_code, kind
            """;

    private final JdbcClient jdbc;

    ReminderLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean add(Reminder r, String messageId) {
        return jdbc.sql(ADD).param("agreement", r.agreementCode()).param("agency", r.agencyCode())
                .param("period", r.period()).param("kind", r.kind().name()).param("email", r.email())
                .param("name", r.name()).param("subject", r.subject()).param("body", r.body())
                .param("messageId", messageId).update() == 1;
    }

    OffsetDateTime now() {
        return jdbc.sql("select now()").query(OffsetDateTime.class).single();
    }

    Optional<Claim> claimNext(OffsetDateTime runStart) {
        return jdbc.sql(CLAIM).param("runStart", runStart).query(Claim.class).optional();
    }

    @Override
    public void sent(long id, String noteOrNull) {
        jdbc.sql("update reminder_delivery set status = 'SENT', sent_at = now(), last_error = :note "
                + "where id = :id and status = 'SENDING'").param("id", id).param("note", noteOrNull, java.sql.Types.VARCHAR)
                .update();
    }

    @Override
    public void retryAfter(long id, Duration wait, String error) {
        jdbc.sql("update reminder_delivery set status = 'PENDING', last_error = :error, claimed_at = null, "
                + "next_attempt_at = now() + make_interval(secs => :seconds) where id = :id and status = 'SENDING'")
                .param("id", id).param("error", error).param("seconds", wait.toMillis() / 1000.0).update();
    }

    @Override
    public void close(long id, String status, String error) {
        jdbc.sql("update reminder_delivery set status = :status, last_error = :error where id = :id and status = 'SENDING'")
                .param("id", id).param("status", status).param("error", error).update();
    }

    int markStaleUncertain(Duration sendingTimeout) {
        return jdbc.sql(STALE).param("seconds", sendingTimeout.toMillis() / 1000.0).update();
    }

    List<ReminderRecord> list(String period) {
        return jdbc.sql(LIST).param("period", period).query(ReminderRecord.class).list();
    }
}
