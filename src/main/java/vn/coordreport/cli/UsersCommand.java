package vn.coordreport.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import vn.coordreport.messages.Messages;
import vn.coordreport.security.UserAccount;
import vn.coordreport.security.UserAccounts;

@Command(name = "users", mixinStandardHelpOptions = true,
        subcommands = {UsersListCommand.class, UsersAddCommand.class, UsersChangeCommand.class, UsersDisableCommand.class, UsersEnableCommand.class,
                UsersPasswordCommand.class, UsersUnlockCommand.class, UsersTokenCommand.class},
        description = {"The users of the web page and the HTTP API: ADMIN, OPERATOR (import, run jobs, request reports) "
                + "or VIEWER (read and download), each optionally limited to one province.",
                "Without a subcommand, lists them."})
class UsersCommand implements Callable<Integer>, DatabaseOnly {

    private final UserAccounts accounts;

    @Spec
    CommandSpec spec;

    UsersCommand(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * Who did it, for the audit log of a step taken by a users command: an administrator on the server, named by
     * the account of the machine that ran it.
     */
    static String administrator() {
        return "an administrator on the command line (" + System.getProperty("user.name") + ")";
    }

    @Override
    public Integer call() {
        return print(accounts, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * The users as a table in the reader's language, times as {@code dd/MM/yyyy HH:mm}; roles stay their codes. None:
     * how to add the first administrator, on {@code err}.
     */
    static int print(UserAccounts accounts, PrintWriter out, PrintWriter err) {
        Table table = Table.of("users.head.username", "users.head.role", "users.head.province", "users.head.enabled",
                "users.head.created", "users.head.lockedUntil");
        List<UserAccount> users = accounts.list();
        if (users.isEmpty()) {
            // nobody can sign in yet: the first step, on standard error beside the empty table that scripts read
            err.println(Messages.text("users.none"));
        }
        for (UserAccount u : users) {
            table.row(u.username(), u.role(), u.province() == null ? Messages.text("users.allProvinces") : u.province(),
                    Table.yesNo(u.enabled()), Table.time(u.createdAt()),
                    Table.time(u.lockedUntil()));
        }
        table.print(out);
        return ExitCode.OK;
    }
}
