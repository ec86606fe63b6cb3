package vn.coordreport.security;

import java.security.SecureRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Passwords set by an ADMIN (a new one, made here and shown once) or changed
 * by their owner (who gives the current one first). A changed password ends
 * the user's other sessions at their next request ({@link SessionAccountCheck}).
 */
@Service
public class UserPasswords {

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

    private void set(String username, String password) {
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("a password has at least 8 characters");
        }
        int changed = jdbc.sql("update app_user set password_hash = :hash where lower(username) = lower(:u)")
                .param("hash", encoder.encode(password)).param("u", username).update();
        if (changed == 0) {
            throw new IllegalArgumentException("there is no user '" + username + "'");
        }
    }
}
