package vn.coordreport.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

import vn.coordreport.messages.Messages;

/**
 * picocli's texts of the usage help ({@code Cách dùng:}, {@code Các lệnh:}, the
 * {@code --help} option's description …) from the message bundles: their keys
 * {@code picocli.<picocli's key>}, e.g. {@code picocli.usage.synopsisHeading}.
 * These values are picocli's, not MessageFormat's: {@code %n} is a line break,
 * a single quote is written once.
 */
final class HelpTexts extends ResourceBundle {

    private static final String PREFIX = "picocli.";

    private final ResourceBundle messages;

    HelpTexts(Locale locale) {
        this.messages = ResourceBundle.getBundle("messages", Messages.supported(locale),
                Control.getNoFallbackControl(Control.FORMAT_PROPERTIES));
    }

    @Override
    protected Object handleGetObject(String key) {
        return messages.containsKey(PREFIX + key) ? messages.getString(PREFIX + key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(messages.keySet().stream().filter(k -> k.startsWith(PREFIX))
                .map(k -> k.substring(PREFIX.length())).toList());
    }
}
