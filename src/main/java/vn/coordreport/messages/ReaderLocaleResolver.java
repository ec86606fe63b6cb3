package vn.coordreport.messages;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: on the HTTP API ({@code /api/}) the client's
 * {@code Accept-Language} when it names one (English or Vietnamese), else
 * {@code coordreport.locale}; the staff pages are read in
 * {@code coordreport.locale} whatever the browser sends (a browser set up in
 * English would otherwise show a Vietnamese office English messages).
 */
@Component("localeResolver")
public class ReaderLocaleResolver implements LocaleResolver {

    private final Locale configured;

    ReaderLocaleResolver(LocaleProperties properties) {
        this.configured = properties.locale();
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return of(request, configured);
    }

    /** The request's language, for code that runs before the dispatcher (security's answers). */
    public static Locale of(HttpServletRequest request, Locale configured) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank() || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return configured;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0];
                if (range.getWeight() > 0 && (language.equals("en") || language.equals("vi"))) {
                    return Messages.supported(Locale.forLanguageTag(language));
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header is no reason to refuse the request
        }
        return configured;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language follows coordreport.locale and Accept-Language");
    }
}
