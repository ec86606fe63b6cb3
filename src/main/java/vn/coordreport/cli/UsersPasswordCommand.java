package vn.coordreport.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.coordreport.messages.Messages;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.UserAccount;
import vn.coordreport.security.UserAccounts;
import vn.coordreport.security.UserPasswords;

/**
 * Sets a user's password from the server: the page's reset needs an administrator signed in, so an office whose only
 * administrator forgot theirs had no way back in.
 */
@Command(name = "password", mixinStandardHelpOptions = true,
        description = "Sets a user's password: read from standard input (--password-stdin), else typed at the console "
                + "without echo, else (no console) generated and printed once. Their open page sessions end.")
class UsersPasswordCommand implements Callable<Integer>, DatabaseOnly {

    private final UserAccounts accounts;
    private final UserPasswords passwords;
    private final AuditLog audit;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "USERNAME", description = "The user's sign-in name.")
    String username;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    UsersPasswordCommand(UserAccounts accounts, UserPasswords passwords, AuditLog audit) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    public Integer call() throws IOException {
        UserAccount user = accounts.find(username)
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("users.unknown", username)));
        NewPassword password = NewPassword.read(user.username(), passwordStdin);
        passwords.set(user.username(), password.text());
        audit.record(null, "PASSWORD_RESET", "user/" + user.username(), "by " + UsersCommand.administrator());
        var out = spec.commandLine().getOut();
        out.println(Messages.text("users.passwordSet", user.username()));
        if (password.generated()) {
            out.println(Messages.text("users.generatedPassword", password.text()));
        }
        return ExitCode.OK;
    }
}
