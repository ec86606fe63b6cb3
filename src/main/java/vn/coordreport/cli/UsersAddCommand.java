package vn.coordreport.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccount;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.messages.Messages;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Adds a user. The password is read from standard input (--password-stdin), else typed at the "
                + "console without echo, else (no console) generated and printed once.",
                "Passwords are stored hashed (BCrypt)."})
class UsersAddCommand implements Callable<Integer>, DatabaseOnly {

    private final UserAccounts accounts;
    private final AgreementCatalog catalog;
    private final AuditLog audit;

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

    UsersAddCommand(UserAccounts accounts, AgreementCatalog catalog, AuditLog audit) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.audit = audit;
    }

    @Override
    public Integer call() throws IOException {
        java.util.Set<Role> parsed = Role.parse(role);
        // a province typed without its diacritics would limit the user to a province with no data: nothing to see
        catalog.provinceMeant(province).ifPresent(meant -> {
            throw new IllegalArgumentException(Messages.text("users.provinceMeant", province, meant));
        });
        NewPassword password = NewPassword.read(username, passwordStdin);
        UserAccount user = accounts.add(username, parsed, province, password.text());
        // as the page records it, with who added it on this machine
        audit.record(null, "USER_ADD", "user/" + user.username(), user.role() + (user.province() == null
                ? ", every province" : ", " + user.province()) + "; by " + UsersCommand.administrator());
        var out = spec.commandLine().getOut();
        out.println(Messages.text("users.added", user.username(), user.role(),
                user.province() == null ? Messages.text("users.everyProvince") : user.province()));
        if (password.generated()) {
            out.println(Messages.text("users.generatedPassword", password.text()));
        }
        return ExitCode.OK;
    }
}
