package vn.coordreport.support;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Each test of the class reads messages in Vietnamese, whatever the JVM's locale, and leaves the thread's locale as it
 * found it: {@code @ExtendWith(InVietnamese.class)}.
 */
public final class InVietnamese implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LocaleContextHolder.resetLocaleContext();
    }
}
