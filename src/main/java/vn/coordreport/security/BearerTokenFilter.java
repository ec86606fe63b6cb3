package vn.coordreport.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <api token>} on the API: a known, unrevoked
 * token of an enabled user signs the request in as that user; any other token
 * is answered 401 at once. Requests without a Bearer header pass on (HTTP Basic).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final UserAccounts accounts;
    private final AuditLog audit;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(UserAccounts accounts, AuditLog audit, AuthenticationEntryPoint entryPoint) {
        this.accounts = accounts;
        this.audit = audit;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).strip();
        Optional<AccountPrincipal> owner = token.isEmpty() || token.length() > 200 ? Optional.empty() : accounts.byToken(token);
        if (owner.isEmpty()) {
            SecurityContextHolder.clearContext();
            audit.record(null, "LOGIN", null, "failure: unknown or revoked API token");
            entryPoint.commence(request, response, new BadCredentialsException("unknown or revoked API token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner.get(), null,
                owner.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
