package vn.coordreport.security;

import java.sql.Types;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins in {@code sign_in_failure}, per client address and per
 * account, with the database's clock so that every node agrees. A sign-in is
 * checked here before its password: a refused one costs one primary-key
 * lookup and counts as nothing. LOCK, UNLOCK and THROTTLE go to the audit log.
 */
@Component
class SignInThrottle {

    // An account's rows are keyed by its id: unknown names leave none, and a name matches in any case.
    private static final String ACCOUNT_ID = "(select id::text from app_user where lower(username) = lower(:username))";

    private static final String STATE = """
            select kind, failures, refused_until, refused_until > now() as refusing,
                   ceil(extract(epoch from refused_until - now()))::bigint as wait_seconds
            from sign_in_failure
            where (kind = 'ADDRESS' and key = :address) or (kind = 'ACCOUNT' and key = %s)
            """.formatted(ACCOUNT_ID);

    // A streak older than forget-after starts again at 1.
    private static final String COUNT = """
            insert into sign_in_failure as f (kind, key, failures, last_failure_at)
            select :kind, key, 1, now() from (select case when :kind = 'ADDRESS' then :address else %s end as key) k
            where key is not null
            on conflict (kind, key) do update set
                failures = case when f.last_failure_at < now() - make_interval(secs => :forget) then 1
                                else f.failures + 1 end,
                last_failure_at = now()
            returning failures
            """.formatted(ACCOUNT_ID);

    // An account's lock starts its failures afresh: once it expires, the user has their full allowance again.
    private static final String REFUSE = """
            update sign_in_failure set refused_until = now() + make_interval(secs => :seconds),
                failures = case when kind = 'ACCOUNT' then 0 else failures end
            where kind = :kind and key = case when :kind = 'ADDRESS' then :address else %s end
            returning refused_until
            """.formatted(ACCOUNT_ID);

    private static final String FORGET_OLD = """
            delete from sign_in_failure
            where last_failure_at < now() - make_interval(secs => :forget)
              and (refused_until is null or refused_until < now())
            """;

    private static final String FORGET = """
            delete from sign_in_failure
            where kind = :kind and key = case when :kind = 'ADDRESS' then :address else %s end
              and (:expiredOnly = false or refused_until <= now())
            """.formatted(ACCOUNT_ID);

    private static final String LOCKED = """
            select u.username, f.refused_until
            from sign_in_failure f join app_user u on u.id::text = f.key
            where f.kind = 'ACCOUNT' and f.refused_until > now()
            """;

    private final JdbcClient jdbc;
    private final SignInProperties properties;
    private final AuditLog audit;

    SignInThrottle(JdbcClient jdbc, SignInProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
    }

    private record Row(String kind, int failures, OffsetDateTime refusedUntil, Boolean refusing, Long waitSeconds) {
    }

    /** A locked account and the end of its lock. */
    record Lock(String username, OffsetDateTime refusedUntil) {
    }

    /**
     * The sign-ins of this address, and of this account, one at a time until the transaction ends, so that each
     * sees the failures of those before it: first the address, then the account, always in that order.
     */
    void oneAtATime(String address, String username) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('sign-in address ' || :address, 0))")
                .param("address", address).query().singleRow();
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('sign-in account ' || lower(:username), 0))")
                .param("username", name(username)).query().singleRow();
    }

    /**
     * Before the password is checked: one primary-key lookup, nothing written unless a lock has just expired.
     *
     * @return whether the account has failures on record, for {@link #succeeded} to forget
     * @throws SignInRefused while the address waits or the account is locked
     */
    boolean check(String address, String username) {
        List<Row> rows = jdbc.sql(STATE).param("address", address).param("username", name(username)).query(Row.class).list();
        for (Row row : rows) {
            if (Boolean.TRUE.equals(row.refusing())) {
                throw new SignInRefused(row.kind().equals("ADDRESS") ? "too many failed sign-ins from this address"
                        : "this account is locked after too many failed sign-ins", row.waitSeconds());
            }
        }
        boolean accountFailed = false;
        for (Row row : rows) {
            if (row.kind().equals("ACCOUNT") && row.refusedUntil() != null
                    && delete("ACCOUNT", address, username, true) > 0) {
                audit.record(null, "UNLOCK", name(username), "the lock expired");
            } else if (row.kind().equals("ACCOUNT")) {
                accountFailed = row.failures() > 0;
            }
        }
        return accountFailed;
    }

    /** After a wrong password (or an unknown user): counts it for the address and the account, and refuses them as due. */
    void failed(String address, String username) {
        jdbc.sql(FORGET_OLD).param("forget", seconds(properties.forgetAfter())).update();
        int fromAddress = count("ADDRESS", address, username);
        Duration wait = properties.addressWait(fromAddress);
        if (!wait.isZero()) {
            refuse("ADDRESS", address, username, wait);
            if (fromAddress == Math.max(1, properties.addressFreeFailures())) {
                audit.record(null, "THROTTLE", address, fromAddress + " failed sign-ins in a row: each further one "
                        + "makes this address wait longer, from " + wait.toMillis() / 1000.0 + " s up to "
                        + properties.addressLongestWait().toSeconds() + " s");
            }
        }
        int ofAccount = count("ACCOUNT", address, username);
        if (ofAccount >= properties.accountMaxFailures()) {
            OffsetDateTime until = refuse("ACCOUNT", address, username, properties.accountLock());
            audit.record(null, "LOCK", name(username), ofAccount + " failed sign-ins in a row; locked until " + until
                    + " unless unlocked ('users unlock')");
        }
    }

    /** After a right password: the account's earlier failures no longer count. */
    void succeeded(String address, String username) {
        delete("ACCOUNT", address, username, false);
    }

    /** An administrator's unlock of an account; false when it was neither locked nor had failures. */
    boolean unlockAccount(String username, String by) {
        return unlocked(delete("ACCOUNT", null, username, false), name(username), by);
    }

    /** An administrator's unlock of a client address; false when it was neither refused nor had failures. */
    boolean unlockAddress(String address, String by) {
        return unlocked(delete("ADDRESS", address.strip(), null, false), address.strip(), by);
    }

    /** The accounts locked now, with the end of their lock. */
    List<Lock> lockedAccounts() {
        return jdbc.sql(LOCKED).query(Lock.class).list();
    }

    private boolean unlocked(int removed, String target, String by) {
        if (removed > 0) {
            audit.record(null, "UNLOCK", target, "by " + by);
        }
        return removed > 0;
    }

    private int delete(String kind, String address, String username, boolean expiredOnly) {
        return jdbc.sql(FORGET).param("kind", kind).param("address", address, Types.VARCHAR)
                .param("username", name(username), Types.VARCHAR).param("expiredOnly", expiredOnly).update();
    }

    private int count(String kind, String address, String username) {
        return jdbc.sql(COUNT).param("kind", kind).param("address", address, Types.VARCHAR)
                .param("username", name(username), Types.VARCHAR).param("forget", seconds(properties.forgetAfter()))
                .query(Integer.class).optional().orElse(0);
    }

    private OffsetDateTime refuse(String kind, String address, String username, Duration wait) {
        return jdbc.sql(REFUSE).param("kind", kind).param("address", address, Types.VARCHAR)
                .param("username", name(username), Types.VARCHAR).param("seconds", seconds(wait))
                .query(OffsetDateTime.class).single();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static String name(String username) {
        return username == null ? null : username.strip();
    }
}
