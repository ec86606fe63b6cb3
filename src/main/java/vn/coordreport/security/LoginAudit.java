package vn.coordreport.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * LOGIN rows in the audit log: every failed sign-in (form, HTTP Basic) and
 * every successful form login. A successful Basic request is not a login: it
 * would write a row per API call.
 */
@Component
class LoginAudit {

    private final AuditLog audit;

    LoginAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        audit.record(null, "LOGIN", event.getAuthentication().getName(),
                "failure: " + event.getException().getClass().getSimpleName());
    }

    /** Where a VIEWER lands: leadership reads the figures first. */
    static final String DASHBOARD = "/dashboard";

    private final RequestCache requestCache = new HttpSessionRequestCache();

    /**
     * The form login's success handler: records, then goes where the user was going; a user who may only view
     * and was going to the home page (or nowhere) lands on the dashboard instead.
     */
    SavedRequestAwareAuthenticationSuccessHandler successHandler() {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws ServletException, IOException {
                audit.record(authentication.getName(), "LOGIN", authentication.getName(), "success: form");
                if (viewerOnly(authentication) && goingHome(request, response)) {
                    requestCache.removeRequest(request, response);
                    getRedirectStrategy().sendRedirect(request, response, DASHBOARD);
                    return;
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    private static boolean viewerOnly(Authentication authentication) {
        // roles only: Spring Security adds authorities of its own (the factors of the sign-in)
        return authentication.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a != null && a.startsWith("ROLE_")).toList()
                .equals(java.util.List.of(Role.VIEWER.authority()));
    }

    private boolean goingHome(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved == null) {
            return true;
        }
        String path = java.net.URI.create(saved.getRedirectUrl()).getPath();
        return path == null || path.isEmpty() || path.equals(request.getContextPath() + "/");
    }
}
