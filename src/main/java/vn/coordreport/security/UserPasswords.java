package vn.coordreport.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import vn.coordreport.messages.Messages;

/**
 * Passwords set by an ADMIN (a new one, made here and shown once) or changed
 * by their owner (who gives the current one first). A changed password ends
 * the user's other sessions at their next request ({@link SessionAccountCheck}).
 */
@Service
public class UserPasswords {

    static final int MINIMUM_LENGTH = 8;
    static final int MAXIMUM_BYTES = 72;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/l/I: read off a screen and typed again. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    UserPasswords(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** A new random password of 16 characters, for a new user or a reset. */
    public static String random() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /**
     * Sets a new random password and returns it (to be shown once).
     *
     * @throws IllegalArgumentException when there is no such user
     */
    public String reset(String username) {
        String password = random();
        set(username, password);
        return password;
    }

    /**
     * The user's own change.
     *
     * @return false when the current password is wrong (nothing changes)
     * @throws IllegalArgumentException for a new password under 8 characters
     */
    public boolean change(String username, String current, String replacement) {
        String hash = jdbc.sql("select password_hash from app_user where lower(username) = lower(:u) and enabled")
                .param("u", username).query(String.class).optional().orElse(null);
        if (hash == null || current == null || !encoder.matches(current, hash)) {
            return false;
        }
        set(username, replacement);
        return true;
    }

    /**
     * Refuses a password too short to be one, or too long for BCrypt, which reads
     * {@value #MAXIMUM_BYTES} bytes of it (UTF-8: a Vietnamese letter with its marks takes two or three).
     *
     * @throws IllegalArgumentException saying which, in the user's words
     */
    public static void check(String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException(Messages.text("users.shortPassword", MINIMUM_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            throw new IllegalArgumentException(Messages.text("users.longPassword", MAXIMUM_BYTES));
        }
    }

    /**
     * Sets the password an administrator chose ({@code users password} on the command line); the user's page
     * sessions end at their next request, as after a reset.
     *
     * @throws IllegalArgumentException when there is no such user, or for a password too short or too long
     */
    public void set(String username, String password) {
        check(password);
        int changed = jdbc.sql("update app_user set password_hash = :hash where lower(username) = lower(:u)")
                .param("hash", encoder.encode(password)).param("u", username).update();
        if (changed == 0) {
            throw new IllegalArgumentException(Messages.text("users.unknown", username));
        }
    }
}
