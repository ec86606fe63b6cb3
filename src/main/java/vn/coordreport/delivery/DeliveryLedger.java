package vn.coordreport.delivery;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code delivery} table. Every change is one statement committed on its
 * own, so the ledger says what happened up to the moment of a crash.
 */
@Component
class DeliveryLedger implements SendLedger {

    /** A claimed row: SENDING, committed, ready for its SMTP conversation. */
    record Claim(long id, long versionId, String email, String name, String messageId, int attempts) {
    }

    private static final String ADD = """
            insert into delivery (version_id, email, name, message_id)
            values (:version, :email, :name, :messageId)
            on conflict do nothing
            """;

    // One row per statement: FOR UPDATE SKIP LOCKED so that two nodes never claim one row.
    // The Message-ID takes the domain of this process's sender: the row may have been queued by another
    // process (a command, another node) whose coordreport.delivery.from was another, or the default.
    private static final String CLAIM = """
            update delivery set status = 'SENDING', attempts = attempts + 1, claimed_at = now(),
                message_id = regexp_replace(message_id, '@[^@]*>$', '@' || :domain || '>')
            where id = (select id from delivery
                        where status = 'PENDING' and next_attempt_at <= :runStart
                        order by next_attempt_at, id
                        limit 1
                        for update skip locked)
            returning id, version_id, email, name, message_id, attempts
            """;

    private static final String SENT = """
            update delivery set status = 'SENT', sent_at = now(), last_error = :note
            where id = :id and status = 'SENDING'
            """;

    private static final String RETRY = """
            update delivery set status = 'PENDING', last_error = :error, claimed_at = null,
                next_attempt_at = now() + make_interval(secs => :seconds)
            where id = :id and status = 'SENDING'
            """;

    private static final String CLOSE = """
            update delivery set status = :status, last_error = :error
            where id = :id and status = 'SENDING'
            """;

    // A row SENDING for longer than any SMTP conversation lasts was cut off by a
    // crash: whether the server took the message is unknown, so it is not resent.
    private static final String STALE = """
            update delivery set status = 'UNCERTAIN',
                last_error = 'cut off while sending (claimed ' || to_char(claimed_at, 'YYYY-MM-DD HH24:MI:SS TZH')
                    || '); not resent automatically: look for Message-ID ' || message_id || ' in the mail server log'
            where status = 'SENDING' and claimed_at < now() - make_interval(secs => :seconds)
            """;

    // An operator's decision: a row that was refused or cut off is tried again,
    // its attempts counted afresh; the last error says why it was requeued.
    private static final String REQUEUE = """
            update delivery set status = 'PENDING', attempts = 0, claimed_at = null, next_attempt_at = now(),
                last_error = 'requeued by an operator after: ' || coalesce(last_error, status)
            where version_id = :version and lower(email) = lower(:email)
              and (status = 'FAILED' or status = 'UNCERTAIN' and :uncertain)
            """;

    private static final String LIST = """
            select version_id, email, name, status, attempts, last_error, sent_at, next_attempt_at, message_id
            from delivery
            where version_id in (:versions)
            order by version_id, lower(email)
            """;

    record Row(long versionId, String email, String name, String status, int attempts, String lastError,
            OffsetDateTime sentAt, OffsetDateTime nextAttemptAt, String messageId) {
    }

    private final JdbcClient jdbc;

    DeliveryLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a row unless one for this version and address (in any case) is there; true if added. */
    boolean add(long versionId, String email, String name, String messageId) {
        return jdbc.sql(ADD).param("version", versionId).param("email", email).param("name", name)
                .param("messageId", messageId).update() == 1;
    }

    OffsetDateTime now() {
        return jdbc.sql("select now()").query(OffsetDateTime.class).single();
    }

    /** The next due row, SENDING now, its Message-ID ending with {@code @domain}. */
    Optional<Claim> claimNext(OffsetDateTime runStart, String domain) {
        return jdbc.sql(CLAIM).param("runStart", runStart).param("domain", domain).query(Claim.class).optional();
    }

    @Override
    public void sent(long id, String noteOrNull) {
        jdbc.sql(SENT).param("id", id).param("note", noteOrNull, java.sql.Types.VARCHAR).update();
    }

    @Override
    public void retryAfter(long id, Duration wait, String error) {
        jdbc.sql(RETRY).param("id", id).param("error", error).param("seconds", wait.toMillis() / 1000.0).update();
    }

    @Override
    public void close(long id, String status, String error) {
        jdbc.sql(CLOSE).param("id", id).param("status", status).param("error", error).update();
    }

    int markStaleUncertain(Duration sendingTimeout) {
        return jdbc.sql(STALE).param("seconds", sendingTimeout.toMillis() / 1000.0).update();
    }

    int requeue(long versionId, String email, boolean uncertainToo) {
        return jdbc.sql(REQUEUE).param("version", versionId).param("email", email.trim())
                .param("uncertain", uncertainToo).update();
    }

    List<Row> rowsOf(List<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(LIST).param("versions", versionIds).query(Row.class).list();
    }
}
