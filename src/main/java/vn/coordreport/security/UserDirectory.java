package vn.coordreport.security;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.coordreport.database.PagedSearch;

/**
 * Users as the ADMIN's page lists them: found by name, role, province and
 * whether enabled, a page at a time, counted and cut in SQL; their API tokens
 * (never the token, only its name and use), and enabling a user again.
 */
@Service
public class UserDirectory {

    /**
     * What is looked for; each null or blank for no filter. {@code state}: {@code ENABLED} or {@code DISABLED}.
     * {@code limitedTo}: the province of an ADMIN limited to one, whose users alone are listed (null for every
     * province), compared as {@link Provinces} compares.
     */
    public record Filter(String text, String role, String province, String state, String limitedTo) {
    }

    /** One page of users, and how many match in all. */
    public record Found(List<UserAccount> users, long total) {
    }

    /** An API token as listed: its name and dates, never the token. */
    public record Token(long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {
    }

    private static final String SEARCH = """
            select u.id, u.username, u.role, u.province, u.enabled, u.created_at,
                   (select f.refused_until from sign_in_failure f
                    where f.kind = 'ACCOUNT' and f.key = u.id::text and f.refused_until > now()) as locked_until,
                   count(*) over () as total
            from app_user u
            where (search_key(:text) is null or lower(u.username) like search_pattern(:text))
              and (search_key(:role) is null or search_key(:role) = any (string_to_array(lower(u.role), ',')))
              and (search_key(:province) is null
                   or search_key(u.province) = search_key(:province))
              and (search_key(:state) is null or u.enabled = (search_key(:state) = 'enabled'))
              and (cast(:limitedTo as text) is null
                   or lower(normalize(trim(u.province), NFC)) = lower(normalize(trim(:limitedTo), NFC)))
            order by lower(u.username)
            limit :limit offset :offset
            """;

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Found find(Filter filter, int limit, long offset) {
        PagedSearch.Page<UserAccount> page = PagedSearch.find(jdbc, SEARCH, sql -> sql
                .param("text", filter.text(), Types.VARCHAR)
                .param("role", filter.role(), Types.VARCHAR)
                .param("province", filter.province(), Types.VARCHAR)
                .param("state", filter.state(), Types.VARCHAR)
                .param("limitedTo", filter.limitedTo(), Types.VARCHAR),
                (r, n) -> new UserAccount(r.getLong("id"), r.getString("username"), Role.parse(r.getString("role")),
                        r.getString("province"), r.getBoolean("enabled"), r.getObject("created_at", OffsetDateTime.class),
                        r.getObject("locked_until", OffsetDateTime.class)),
                limit, offset);
        return new Found(page.rows(), page.total());
    }

    /** The user's tokens, newest first. */
    public List<Token> tokens(String username) {
        return jdbc.sql("""
                select t.id, t.name, t.created_at, t.last_used_at, t.revoked_at
                from api_token t join app_user u on u.id = t.user_id
                where lower(u.username) = lower(:u) order by t.id desc
                """).param("u", username).query(Token.class).list();
    }

    /**
     * Revokes one token of this user.
     *
     * @return false when it was not theirs or already revoked
     */
    public boolean revoke(String username, long tokenId) {
        return jdbc.sql("""
                update api_token set revoked_at = now()
                where id = :id and revoked_at is null
                  and user_id = (select id from app_user where lower(username) = lower(:u))
                """).param("id", tokenId).param("u", username).update() == 1;
    }

    /** Lets a disabled user sign in again; false when there is no such user. */
    public boolean enable(String username) {
        return jdbc.sql("update app_user set enabled = true where lower(username) = lower(:u)")
                .param("u", username).update() == 1;
    }
}
