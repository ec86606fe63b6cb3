package vn.coordreport.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.coordreport.messages.Messages;

/**
 * A request whose parameters cannot be decoded (e.g. {@code ?x=%FF}, not
 * UTF-8) is the client's mistake: it is answered 400 and logged in one line,
 * what and where, instead of the server's stack trace of some hundred lines
 * per request; an API client reads why in a problem (RFC 9457), a page the
 * error page. Every other failure goes on to be logged as before.
 */
final class BadRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BadRequestFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            InvalidParameterException bad = badParameters(e);
            if (bad == null) {
                throw e;
            }
            log.warn(Messages.text("log.badRequest", request.getMethod(), oneLine(request.getRequestURI(), 200),
                    request.getRemoteAddr(), oneLine(bad.getMessage(), 300)));
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ProblemResponses.undecodable(request, response);
            } else if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "undecodable request parameters");
            }
        }
    }

    private static InvalidParameterException badParameters(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidParameterException bad) {
                return bad;
            }
        }
        return null;
    }

    /** What the client sent, on one line: no control characters (a forged log line), no novel. */
    private static String oneLine(String text, int max) {
        String line = String.valueOf(text).replaceAll("\\p{Cntrl}", "?");
        return line.length() <= max ? line : line.substring(0, max) + "...";
    }
}
