package vn.coordreport.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A page's form sent without its session's CSRF token (the session ended, or the page was opened before the user
 * signed in again) is refused as Spring Security refuses it, 403, but the error page says that the form expired,
 * not that the account may not do this: a clerk who left the issue page open would think a right was taken away.
 */
final class ExpiredForms implements AccessDeniedHandler {

    /** The request attribute the error page reads. */
    static final String EXPIRED = "coordreportFormExpired";

    private final AccessDeniedHandler refusal = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException) {
            request.setAttribute(EXPIRED, Boolean.TRUE);
        }
        refusal.handle(request, response, denied);
    }
}
