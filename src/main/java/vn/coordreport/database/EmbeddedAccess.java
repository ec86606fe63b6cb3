package vn.coordreport.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may connect to the embedded server: its {@code pg_hba.conf}. The library makes a test server, which trusts every
 * local connection (initdb -A trust): any account of the machine reached the office's data as the superuser through
 * 127.0.0.1. A new data folder is made asking for passwords; one made by an earlier version, which trusted, is changed
 * once its roles have their passwords ({@link EmbeddedRoles}).
 */
final class EmbeddedAccess {

    static final String METHOD = "scram-sha-256";

    /** A rule's last field is its method; a method with options ({@code ident map=x}) is not initdb's and kept. */
    private static final Pattern TRUSTING = Pattern.compile("^(\\s*(?:local|host\\w*)\\s.*\\s)trust(\\s*)$");

    private EmbeddedAccess() {
    }

    /** Whether the server of this data folder asks for passwords: it was made or changed so. */
    static boolean asksPasswords(Path data) throws IOException {
        Path rules = data.resolve("pg_hba.conf");
        return Files.exists(rules) && Files.readAllLines(rules, StandardCharsets.UTF_8).stream()
                .noneMatch(line -> TRUSTING.matcher(line).matches());
    }

    /**
     * Makes every rule that trusts ask for a password instead, and says whether it changed any: the server must then
     * read its rules again ({@code pg_reload_conf()}).
     */
    static boolean requirePasswords(Path data) throws IOException {
        Path rules = data.resolve("pg_hba.conf");
        List<String> lines = Files.readAllLines(rules, StandardCharsets.UTF_8);
        boolean changed = false;
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            Matcher trusting = TRUSTING.matcher(line);
            if (trusting.matches()) {
                line = trusting.group(1) + METHOD + trusting.group(2);
                changed = true;
            }
            text.append(line).append('\n');
        }
        if (changed) {
            Path partial = Files.createTempFile(data, "pg_hba", ".tmp");
            try {
                Files.writeString(partial, text, StandardCharsets.UTF_8);
                Files.move(partial, rules, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return changed;
    }
}
