package vn.coordreport.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
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

    /** The form login's success handler: records, then goes where the user was going. */
    SavedRequestAwareAuthenticationSuccessHandler successHandler() {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws ServletException, IOException {
                audit.record(authentication.getName(), "LOGIN", authentication.getName(), "success: form");
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }
}
