package vn.coordreport.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A staff page session lasts only while its account is as it was at sign-in:
 * each request compares the session's user with {@code app_user} (one
 * primary-key lookup), and a user since disabled, or given another role,
 * province or password, is signed out before anything else happens. The
 * database is the one every node shares, so the change holds on every node at
 * once; a session registry in memory would see only its own node's changes.
 */
final class SessionAccountCheck extends OncePerRequestFilter {

    private final UserAccounts accounts;
    private final AuditLog audit;

    SessionAccountCheck(UserAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal signedIn
                && !accounts.unchanged(signedIn)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            audit.record(signedIn.username(), "LOGOUT", signedIn.username(),
                    "session ended: the account was disabled, or its role, province or password changed");
        }
        chain.doFilter(request, response);
    }
}
