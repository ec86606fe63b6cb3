package vn.coordreport.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A page's form sent without its session's CSRF token (the session ended, or the page was opened before the user
 * signed in again) is refused as Spring Security refuses it, 403, but the error page says that the form expired,
 * not that the account may not do this: a clerk who left the issue page open would think a right was taken away.
 * A client that is no browser (it does not take HTML) reads the refusal as the API's problem, in Vietnamese, rather
 * than Spring Boot's English error object.
 */
final class ExpiredForms implements AccessDeniedHandler {

    /** The request attribute the error page reads. */
    static final String EXPIRED = "coordreportFormExpired";

    private final AccessDeniedHandler refusal = new AccessDeniedHandlerImpl();
    private final ProblemResponses problems = new ProblemResponses();

    private static boolean signedIn() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException) {
            if (request.getServletPath().equals("/logout") && !signedIn()) {
                // signing out of a session that has ended already: there is nothing to refuse
                response.sendRedirect(request.getContextPath() + "/login?logout");
                return;
            }
            request.setAttribute(EXPIRED, Boolean.TRUE);
        }
        if (!ProblemResponses.takesHtml(request)) {
            problems.handle(request, response, denied);
            return;
        }
        refusal.handle(request, response, denied);
    }
}
