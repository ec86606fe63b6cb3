package vn.coordreport.messages;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of the bundles in the reader's language. Much of what a user reads
 * is written where no bean is at hand (a cell checked as a file streams in, an
 * enum's description), so the bundle is reached statically; it is the same
 * {@link MessageSource} the application context uses ({@link MessagesConfiguration}).
 * The language: the thread's {@link LocaleContextHolder} when an entry point set
 * it (an HTTP request, a command), else {@code coordreport.locale} of the running
 * command or {@code serve}, else Vietnamese. Only Vietnamese and English exist:
 * any other language reads Vietnamese.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final ResourceBundleMessageSource SOURCE = new ResourceBundleMessageSource();

    static {
        SOURCE.setBasename("messages");
        SOURCE.setDefaultEncoding("UTF-8");
        SOURCE.setFallbackToSystemLocale(false);
        // quotes are doubled in every message, with arguments or without
        SOURCE.setAlwaysUseMessageFormat(true);
    }

    private static volatile Locale processDefault = VIETNAMESE;

    private Messages() {
    }

    /** The message {@code code} with its arguments, in the reader's language. */
    public static String text(String code, Object... args) {
        return SOURCE.getMessage(code, args, locale());
    }

    /** The message {@code code} in {@code locale} (Vietnamese unless it is English). */
    public static String text(Locale locale, String code, Object... args) {
        return SOURCE.getMessage(code, args, supported(locale));
    }

    /** The message {@code code} in the reader's language, or null when the bundle has none. */
    public static String optional(String code, Object... args) {
        return SOURCE.getMessage(code, args, null, locale());
    }

    /**
     * Why a file could not be read or written, in the reader's language: for the commonest failures the JDK's message
     * is nothing but the file's path (or the path and the system's reason), which the sentence around it names already.
     */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return text("io.noSuchFile");
        }
        if (e instanceof AccessDeniedException) {
            return text("io.accessDenied");
        }
        if (e instanceof NotDirectoryException) {
            return text("io.notDirectory");
        }
        if (e instanceof FileAlreadyExistsException) {
            return text("io.exists");
        }
        if (e instanceof FileSystemException file && file.getReason() != null) {
            // the system's reason without the path ("Read-only file system"), in the reader's words when common
            return switch (file.getReason()) {
                case "Read-only file system" -> text("io.readOnly");
                case "No space left on device" -> text("io.noSpace");
                case "Is a directory" -> text("io.isDirectory");
                default -> file.getReason();
            };
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * The file a failure is about, and why, when the JDK says which file ({@link FileSystemException}): {@code tệp
     * /srv/x.xlsx.part: không có quyền truy cập}; otherwise the exception's own message.
     */
    public static String fileFailure(IOException e) {
        if (e instanceof FileSystemException file && file.getFile() != null) {
            return text("io.file", file.getFile(), reason(e));
        }
        return reason(e);
    }

    /**
     * What a value of {@code type} is, for a message saying a parameter or a field is not one: {@code một số nguyên},
     * {@code true hoặc false}, an enum's values ...
     */
    public static String expectedType(Class<?> type) {
        if (type == null) {
            return text("api.type.other");
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return text("api.type.integer");
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return text("api.type.text");
        }
        if (type == LocalDate.class) {
            return text("api.type.day");
        }
        if (type == boolean.class || type == Boolean.class) {
            return text("api.type.boolean");
        }
        if (type.isEnum()) {
            return text("api.type.oneOf", Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        return text("api.type.other");
    }

    /** The reader's language: Vietnamese or English. */
    public static Locale locale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale == null ? processDefault : supported(locale);
    }

    /** English for any English, else Vietnamese. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }

    /** The language of this process when nothing else says: {@code coordreport.locale} of the running command. */
    public static Locale processDefault() {
        return processDefault;
    }

    /**
     * The language of the threads that no entry point set (batch and scheduler threads), for as long as a
     * command runs; returns the previous one, to be given back when it ends.
     */
    public static Locale useByDefault(Locale locale) {
        Locale previous = processDefault;
        processDefault = supported(locale);
        return previous;
    }

    static MessageSource source() {
        return SOURCE;
    }
}
