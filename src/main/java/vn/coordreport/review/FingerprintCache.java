package vn.coordreport.review;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers each review's fingerprint with the revision of its inputs
 * ({@code fingerprint_cache}, {@code input_revision}: sql/V85). The revisions
 * are bumped by statement-level triggers on every table a review reads, so
 * while they are unchanged the remembered fingerprint is the one the review
 * would give, and one index lookup replaces reading the agreement's records.
 */
@Component
class FingerprintCache {

    /**
     * The revisions a review's inputs are at: the shared one (catalogue, agencies, agreements, a province's
     * {@code *} recipients), the agreement's, and its successors' (whose tasks for the next period it reports).
     */
    private static final String REVISION = """
            select concat_ws(':', g.revision, coalesce(r.revision::text, '-'),
                   (select string_agg(s.id || '=' || coalesce(sr.revision::text, '-'), ',' order by s.id)
                    from agreement s left join input_revision sr on sr.agreement_id = s.id
                    where s.province = a.province and s.lead_agency_id = a.lead_agency_id
                      and s.effective_from = a.effective_to + 1))
            from agreement a
            join input_revision g on g.agreement_id = 0
            left join input_revision r on r.agreement_id = a.id
            where a.code = :code""";

    private static final String CACHED = """
            select c.fingerprint from fingerprint_cache c
            where c.key = :key and c.revision = (%s)
            """.formatted(REVISION);

    private static final String REMEMBER = """
            insert into fingerprint_cache (key, revision, fingerprint) values (:key, :revision, :fingerprint)
            on conflict (key) do update set revision = excluded.revision, fingerprint = excluded.fingerprint
            """;

    private final JdbcClient jdbc;

    FingerprintCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fingerprint remembered for a key, if the agreement's inputs are still at the revision it was taken at. */
    Optional<String> cached(String key, String code) {
        return jdbc.sql(CACHED).param("key", key).param("code", code).query(String.class).optional();
    }

    /**
     * The revision of an agreement's inputs now (null for an unknown agreement). Read it before the review:
     * a change committed in between then only makes the remembered fingerprint stale, never wrong.
     */
    String revision(String code) {
        return jdbc.sql(REVISION).param("code", code).query(String.class).optional().orElse(null);
    }

    /** Remembers a fingerprint, in a transaction of its own (the caller's may be read-only, or a long chunk). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void remember(String key, String revision, String fingerprint) {
        jdbc.sql(REMEMBER).param("key", key).param("revision", revision).param("fingerprint", fingerprint).update();
    }
}
