package vn.coordreport.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import vn.coordreport.messages.Messages;
import vn.coordreport.messages.ReaderLocaleResolver;

/**
 * 401 and 403 for the API and the actuator as RFC 9457 problem details, the
 * 401 with the challenges a client may answer (HTTP Basic, Bearer token), a
 * sign-in refused by the throttle 429 with {@code Retry-After}.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "coordreport";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInRefused refused) {
            response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
            write(response, request, 429,
                    Messages.text(language(request), "security.throttled", String.valueOf(refused.retryAfterSeconds())));
            return;
        }
        response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
        // no credentials at all: how to give them; credentials refused: that they are wrong, not how to send them
        write(response, request, 401, Messages.text(language(request),
                e instanceof InsufficientAuthenticationException ? "security.signIn" : "security.badCredentials"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        // a page's form sent without its token is no question of role or province: the token is what is missing
        write(response, request, 403, Messages.text(language(request),
                e instanceof CsrfException ? "security.csrf" : "security.forbidden"));
    }

    /** A request whose parameters cannot be decoded ({@link BadRequestFilter}), to an API client. */
    static void undecodable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, request, 400, Messages.text(language(request), "security.undecodable"));
    }

    /** An address the firewall refuses, to an API client. */
    static void rejected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response, request, 400, Messages.text(language(request), "security.rejected"));
    }

    /** Whether the client reads HTML (a browser), or is another system that reads problems. */
    static boolean takesHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && (accept.contains("text/html") || accept.contains("application/xhtml+xml"));
    }

    /** These answers are written before the dispatcher resolves the request's language: the same rule, here. */
    private static Locale language(HttpServletRequest request) {
        return ReaderLocaleResolver.of(request, Messages.processDefault());
    }

    /** The problem, its title the status in the reader's words ({@code http.status.401}), as the API's others. */
    private static void write(HttpServletResponse response, HttpServletRequest request, int status, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String title = Messages.text(language(request), "http.status." + status);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + json(detail) + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
