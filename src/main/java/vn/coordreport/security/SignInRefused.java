package vn.coordreport.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked: the client address waits
 * after too many failures, or the account is locked. Answered 429 with
 * {@code Retry-After} on the API, with the login page's own message on the form.
 */
final class SignInRefused extends AuthenticationException {

    private final long retryAfterSeconds;

    SignInRefused(String message, Long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds == null ? 1 : Math.max(1, retryAfterSeconds);
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
