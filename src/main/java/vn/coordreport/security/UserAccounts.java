package vn.coordreport.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.coordreport.messages.Messages;

/** The module's façade for user administration: what the {@code users} commands do. */
@Service
public class UserAccounts {

    private static final String COLUMNS = "id, username, password_hash, role, province, enabled";
    private static final String LISTED = """
            select u.id, u.username, u.role, u.province, u.enabled, u.created_at,
                   (select f.refused_until from sign_in_failure f
                    where f.kind = 'ACCOUNT' and f.key = u.id::text and f.refused_until > now()) as locked_until
            from app_user u
            """;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder, SignInThrottle throttle) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.throttle = throttle;
    }

    /**
     * Adds a user with the password hashed.
     *
     * @throws IllegalArgumentException for a blank name, a short password, or a name already taken (whatever its case)
     */
    public UserAccount add(String username, Role role, String provinceOrNull, String password) {
        return add(username, java.util.EnumSet.of(role), provinceOrNull, password);
    }

    /**
     * Adds a user holding several roles, e.g. SIGNER and REVIEWER.
     *
     * @throws IllegalArgumentException as {@link #add(String, Role, String, String)}, or for no role
     */
    public UserAccount add(String username, java.util.Set<Role> roles, String provinceOrNull, String password) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("users.noRole"));
        }
        String name = name(username);
        if (name.isEmpty() || name.length() > 64 || !name.matches("[\\p{L}\\p{N}._@-]+")) {
            throw new IllegalArgumentException(Messages.text("users.badName", username));
        }
        UserPasswords.check(password);
        String province = province(provinceOrNull);
        try {
            long id = jdbc.sql("""
                    insert into app_user (username, password_hash, role, province)
                    values (:username, :hash, :role, :province) returning id
                    """).param("username", name).param("hash", encoder.encode(password)).param("role", Role.format(roles))
                    .param("province", province, java.sql.Types.VARCHAR).query(Long.class).single();
            return find(name).filter(u -> u.id() == id).orElseThrow();
        } catch (DuplicateKeyException e) {
            // names are one whatever their case: say which user it is, as it was written when added
            String stored = find(name).map(UserAccount::username).orElse(name);
            throw new IllegalArgumentException(stored.equals(name) ? Messages.text("users.exists", name)
                    : Messages.text("users.existsOtherCase", name, stored));
        }
    }

    /**
     * Gives a user other roles and another province (null: every province), as they would have been added with; the
     * user's page sessions end at their next request ({@link SessionAccountCheck}), their tokens act with the new
     * roles at once. Nothing changes for roles and a province the user has (the same province however typed).
     *
     * @return the account as changed; empty when it had these roles and this province already
     * @throws IllegalArgumentException when there is no such user or no role, or when the last administrator of every
     *                                  province who can sign in would no longer be one: nobody could then manage
     *                                  every user on the page
     */
    @Transactional
    public Optional<UserAccount> change(String username, java.util.Set<Role> roles, String provinceOrNull) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("users.noRole"));
        }
        UserAccount before = find(username)
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("users.unknown", username)));
        String province = province(provinceOrNull);
        boolean sameProvince = province == null ? before.province() == null : Provinces.same(province, before.province());
        if (roles.equals(before.roles()) && sameProvince) {
            return Optional.empty(); // no session ended, no audit entry for nothing
        }
        boolean administersAll = roles.contains(Role.ADMIN) && province == null;
        // the administrators of every province who can sign in, locked against a change of another at once
        List<Long> administrators = jdbc.sql("""
                select id from app_user where enabled and province is null and ',' || role || ',' like '%,ADMIN,%'
                order by id for update
                """).query(Long.class).list();
        if (!administersAll && administrators.equals(List.of(before.id()))) {
            throw new IllegalArgumentException(Messages.text("users.lastAdministrator", before.username()));
        }
        jdbc.sql("update app_user set role = :role, province = :province where id = :id")
                .param("role", Role.format(roles)).param("province", province, java.sql.Types.VARCHAR)
                .param("id", before.id()).update();
        return find(before.username());
    }

    /** A province as stored: NFC, single plain spaces; null for none (every province). */
    private static String province(String provinceOrNull) {
        // a no-break space or a double one (pasted from a page) looks like a space and would match no province
        return provinceOrNull == null || provinceOrNull.isBlank() ? null
                : java.text.Normalizer.normalize(provinceOrNull, java.text.Normalizer.Form.NFC)
                        .replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
    }

    /** Every user, by name. */
    public List<UserAccount> list() {
        return jdbc.sql(LISTED + " order by lower(u.username)").query(UserAccounts::account).list();
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql(LISTED + " where lower(u.username) = lower(:u)").param("u", name(username))
                .query(UserAccounts::account).optional();
    }

    /** How many users can sign in; with none, nothing but the health endpoint answers. */
    public long enabledCount() {
        return jdbc.sql("select count(*) from app_user where enabled").query(Long.class).single();
    }

    /**
     * Disables a user (and so every token of theirs); their rows stay for the audit log.
     *
     * @throws IllegalArgumentException when there is no such user
     */
    public void disable(String username) {
        int changed = jdbc.sql("update app_user set enabled = false where lower(username) = lower(:u)")
                .param("u", name(username)).update();
        if (changed == 0) {
            throw new IllegalArgumentException(Messages.text("users.unknown", username));
        }
    }

    /**
     * Unlocks an account locked after too many failed sign-ins, and forgets its failures; audited.
     *
     * @return false when it was neither locked nor had failures
     * @throws IllegalArgumentException when there is no such user
     */
    public boolean unlock(String username, String by) {
        UserAccount user = find(username)
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("users.unknown", username)));
        return throttle.unlockAccount(user.username(), by);
    }

    /**
     * Lets a client address that failed too many sign-ins try again at once; audited.
     *
     * @return false when it was neither refused nor had failures
     */
    public boolean unlockAddress(String address, String by) {
        return throttle.unlockAddress(address, by);
    }

    /**
     * A new API token for the user, returned once: only its SHA-256 is stored.
     *
     * @throws IllegalArgumentException when there is no such enabled user
     */
    /** The longest name a token takes, as the page's field takes it. */
    static final int TOKEN_NAME_MAX = 64;

    public String createToken(String username, String name) {
        UserAccount user = find(username).filter(UserAccount::enabled)
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("users.unknownOrDisabled", username)));
        if (name != null && name.strip().codePointCount(0, name.strip().length()) > TOKEN_NAME_MAX) {
            // a name tells tokens apart in the list: a line, not a text
            throw new IllegalArgumentException(Messages.text("users.tokenNameTooLong", TOKEN_NAME_MAX));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "crt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into api_token (user_id, name, token_sha256) values (:user, :name, :hash)")
                .param("user", user.id()).param("name", name == null || name.isBlank() ? "api" : name.strip())
                .param("hash", sha256(token)).update();
        return token;
    }

    /** Revokes every token of this user with this name; returns how many. */
    public int revokeTokens(String username, String name) {
        return jdbc.sql("""
                update api_token set revoked_at = now()
                where revoked_at is null and name = :name
                  and user_id = (select id from app_user where lower(username) = lower(:u))
                """).param("name", name).param("u", name(username)).update();
    }

    Optional<AccountPrincipal> principal(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where lower(username) = lower(:u)")
                .param("u", name(username)).query(UserAccounts::principal).optional();
    }

    /**
     * Whether the account is still as it was when this principal signed in:
     * enabled, with the same roles, province and password. A session of a
     * disabled or changed account ends at its next request, on whichever node.
     */
    boolean unchanged(AccountPrincipal signedIn) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id").param("id", signedIn.id())
                .query(UserAccounts::principal).optional()
                .filter(now -> now.enabled() && now.roles().equals(signedIn.roles())
                        && Objects.equals(now.province(), signedIn.province())
                        && now.passwordHash().equals(signedIn.passwordHash()))
                .isPresent();
    }

    /** The enabled user owning this unrevoked token; records its use. */
    Optional<AccountPrincipal> byToken(String token) {
        String hash = sha256(token);
        Optional<AccountPrincipal> owner = jdbc.sql("""
                select u.id, u.username, '' as password_hash, u.role, u.province, u.enabled
                from api_token t join app_user u on u.id = t.user_id
                where t.token_sha256 = :hash and t.revoked_at is null and u.enabled
                """).param("hash", hash).query(UserAccounts::principal).optional();
        owner.ifPresent(o -> jdbc.sql("update api_token set last_used_at = now() where token_sha256 = :hash")
                .param("hash", hash).update());
        return owner;
    }

    /** A username as typed, trimmed and in NFC: "Hùng" typed decomposed is the same user as "Hùng" typed composed. */
    private static String name(String username) {
        return username == null ? "" : java.text.Normalizer.normalize(username.strip(), java.text.Normalizer.Form.NFC);
    }

    private static UserAccount account(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new UserAccount(row.getLong("id"), row.getString("username"), Role.parse(row.getString("role")),
                row.getString("province"), row.getBoolean("enabled"),
                row.getObject("created_at", java.time.OffsetDateTime.class),
                row.getObject("locked_until", java.time.OffsetDateTime.class));
    }

    private static AccountPrincipal principal(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new AccountPrincipal(row.getLong("id"), row.getString("username"), row.getString("password_hash"),
                Role.parse(row.getString("role")), row.getString("province"), row.getBoolean("enabled"));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
