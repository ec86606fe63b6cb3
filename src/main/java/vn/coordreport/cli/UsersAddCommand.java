package vn.coordreport.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccount;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.messages.Messages;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Adds a user. The password is read from standard input (--password-stdin), else typed at the "
                + "console without echo, else (no console) generated and printed once.",
                "Passwords are stored hashed (BCrypt)."})
class UsersAddCommand implements Callable<Integer>, DatabaseOnly {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccounts accounts;
    private final AgreementCatalog catalog;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "USERNAME", description = "Letters, digits, '.', '_', '-' or '@'; unique whatever its case.")
    String username;

    @Option(names = "--role", required = true, paramLabel = "ROLE[,ROLE...]",
            description = "ADMIN, OPERATOR or VIEWER; REVIEWER (trưởng phòng), SIGNER (lãnh đạo) or CLERK (văn thư) "
                    + "for issuing; several separated by commas, e.g. SIGNER,REVIEWER.")
    String role;

    @Option(names = "--province", paramLabel = "PROVINCE",
            description = "Limit the user to this province, e.g. \"Tây Ninh\" (default: every province).")
    String province;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    UsersAddCommand(UserAccounts accounts, AgreementCatalog catalog) {
        this.accounts = accounts;
        this.catalog = catalog;
    }

    @Override
    public Integer call() throws IOException {
        java.util.Set<Role> parsed = Role.parse(role);
        // a province typed without its diacritics would limit the user to a province with no data: nothing to see
        catalog.provinceMeant(province).ifPresent(meant -> {
            throw new IllegalArgumentException(Messages.text("users.provinceMeant", province, meant));
        });
        boolean generated = false;
        String password;
        Console console = System.console();
        if (passwordStdin) {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException(Messages.text("users.noPasswordOnStdin"));
            }
        } else if (console != null) {
            char[] typed = console.readPassword("%s", Messages.text("users.passwordPrompt", username));
            char[] again = console.readPassword("%s", Messages.text("users.againPrompt"));
            if (typed == null || !Arrays.equals(typed, again)) {
                throw new IllegalArgumentException(Messages.text("users.passwordsDiffer"));
            }
            password = new String(typed);
        } else {
            password = generate();
            generated = true;
        }
        UserAccount user = accounts.add(username, parsed, province, password);
        var out = spec.commandLine().getOut();
        out.println(Messages.text("users.added", user.username(), user.role(),
                user.province() == null ? Messages.text("users.everyProvince") : user.province()));
        if (generated) {
            out.println(Messages.text("users.generatedPassword", password));
        }
        return ExitCode.OK;
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
