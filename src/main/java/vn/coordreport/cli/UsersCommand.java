package vn.coordreport.cli;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import vn.coordreport.security.UserAccount;
import vn.coordreport.security.UserAccounts;

@Command(name = "users", mixinStandardHelpOptions = true,
        subcommands = {UsersListCommand.class, UsersAddCommand.class, UsersDisableCommand.class, UsersUnlockCommand.class,
                UsersTokenCommand.class},
        description = {"The users of the web page and the HTTP API: ADMIN, OPERATOR (import, run jobs, request reports) "
                + "or VIEWER (read and download), each optionally limited to one province.",
                "Without a subcommand, lists them."})
class UsersCommand implements Callable<Integer> {

    private final UserAccounts accounts;

    @Spec
    CommandSpec spec;

    UsersCommand(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Integer call() {
        return print(accounts, spec.commandLine().getOut());
    }

    static int print(UserAccounts accounts, PrintWriter out) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        out.printf("%-20s  %-8s  %-20s  %-8s  %-16s  %s%n", "username", "role", "province", "enabled", "created",
                "locked until");
        for (UserAccount u : accounts.list()) {
            out.printf("%-20s  %-8s  %-20s  %-8s  %-16s  %s%n", u.username(), u.role(),
                    u.province() == null ? "(all)" : u.province(), u.enabled() ? "yes" : "no", local(when, u.createdAt()),
                    u.lockedUntil() == null ? "-" : local(when, u.lockedUntil()));
        }
        return ExitCode.OK;
    }

    private static String local(DateTimeFormatter format, OffsetDateTime time) {
        return format.format(time.atZoneSameInstant(ZoneId.systemDefault()));
    }
}
