package vn.coordreport.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.coordreport.messages.Messages;

/**
 * The passwords of the embedded server's roles, kept in {@code $COORDREPORT_HOME/pgpass}, readable by its owner only.
 * The server asks every connection for its role's password (SCRAM), so another account of the machine, which reaches
 * the server's port on 127.0.0.1 as well, gets nothing from it without the file. The file is in PostgreSQL's own
 * format ({@code host:port:database:role:password}), so an administrator reads the database with
 * {@code PGPASSFILE=$COORDREPORT_HOME/pgpass psql -h localhost -p <port> -U coordreport_app postgres}.
 */
final class EmbeddedPasswords {

    static final String FILE = "pgpass";
    static final String SUPERUSER = "postgres";

    private static final List<String> ROLES = List.of(SUPERUSER, EmbeddedRoles.OWNER, EmbeddedRoles.APPLICATION);
    /** What this class writes: a password it may put in SQL and in a file of colon-separated fields as it is. */
    private static final Pattern WRITTEN = Pattern.compile("[A-Za-z0-9_-]{20,}");

    private final Path file;
    private final Map<String, String> byRole;

    private EmbeddedPasswords(Path file, Map<String, String> byRole) {
        this.file = file;
        this.byRole = byRole;
    }

    /**
     * The home's passwords, made the first time. A server that already asks for passwords and a file that is gone
     * cannot be opened: that is said, with what to do, rather than the server's "password authentication failed".
     */
    static EmbeddedPasswords of(Path home, Path data) {
        Path file = home.resolve(FILE).toAbsolutePath();
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            if (EmbeddedAccess.asksPasswords(data)) {
                throw new IllegalStateException(Messages.text("database.embedded.passwordsMissing", file, data));
            }
            return create(file);
        } catch (IOException e) {
            throw new IllegalStateException(DatabaseFailures.embeddedCannotStart(data, e), e);
        }
    }

    String of(String role) {
        return byRole.get(role);
    }

    Path file() {
        return file;
    }

    private static EmbeddedPasswords read(Path file) throws IOException {
        Map<String, String> byRole = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.strip().split(":", -1);
            if (fields.length == 5 && ROLES.contains(fields[3]) && WRITTEN.matcher(fields[4]).matches()) {
                byRole.put(fields[3], fields[4]);
            }
        }
        if (!byRole.keySet().containsAll(ROLES)) {
            throw new IllegalStateException(Messages.text("database.embedded.passwordsUnreadable", file,
                    String.join(", ", ROLES)));
        }
        return new EmbeddedPasswords(file, byRole);
    }

    private static EmbeddedPasswords create(Path file) throws IOException {
        SecureRandom random = new SecureRandom();
        Map<String, String> byRole = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (String role : ROLES) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            byRole.put(role, password);
            text.append("localhost:*:*:").append(role).append(':').append(password).append('\n');
        }
        Files.createDirectories(file.getParent());
        // written whole under another name, then linked: a process killed half way leaves no half file, and of two
        // processes starting on a new home at once the second reads the first's passwords (the link is not replaced)
        Path partial = Files.createTempFile(file.getParent(), FILE, ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.createLink(file, partial);
        } catch (FileAlreadyExistsException e) {
            return read(file);
        } finally {
            Files.deleteIfExists(partial);
        }
        return new EmbeddedPasswords(file, byRole);
    }
}
