package vn.coordreport.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Username and password (form login, HTTP Basic) against {@code app_user},
 * behind the {@link SignInThrottle}: a waiting address or a locked account is
 * refused before the password is looked at, and each wrong password counts.
 * The sign-ins of one address, and of one account, are checked one after the
 * other ({@link SignInThrottle#oneAtATime}): 200 wrong passwords sent at once
 * all passed the throttle before the first of them was counted, and 80 were
 * checked where the rule lets 10 through.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final TransactionTemplate transaction;

    ThrottledSignIn(UserAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle,
            TransactionTemplate transaction) {
        this.passwords = new DaoAuthenticationProvider(new DatabaseUserDetailsService(accounts));
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.transaction = transaction;
    }

    /** A sign-in's end: who signed in, or the wrong password, which is counted before it is thrown (after commit). */
    private record Outcome(Authentication signedIn, BadCredentialsException wrong) {
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = clientAddress(authentication);
        String username = authentication.getName();
        Outcome outcome = transaction.execute(status -> {
            throttle.oneAtATime(address, username);
            boolean failuresOnRecord = throttle.check(address, username);
            Authentication signedIn;
            try {
                signedIn = passwords.authenticate(authentication);
            } catch (BadCredentialsException e) {
                throttle.failed(address, username);
                return new Outcome(null, e);
            }
            if (failuresOnRecord) {
                throttle.succeeded(address, username);
            }
            return new Outcome(signedIn, null);
        });
        if (outcome.wrong() != null) {
            throw outcome.wrong();
        }
        return outcome.signedIn();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getRemoteAddr() : "unknown";
    }
}
