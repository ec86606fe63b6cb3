package vn.coordreport.messages;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code coordreport.locale}: the language of messages, command output and
 * pages' messages, {@code vi} (the default) or {@code en}.
 */
@ConfigurationProperties("coordreport")
public record LocaleProperties(@DefaultValue("vi") Locale locale) {

    public LocaleProperties {
        locale = Messages.supported(locale);
    }
}
