package vn.coordreport.cli;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import vn.coordreport.messages.Messages;
import vn.coordreport.security.UserAccount;
import vn.coordreport.security.UserAccounts;

@Command(name = "users", mixinStandardHelpOptions = true,
        subcommands = {UsersListCommand.class, UsersAddCommand.class, UsersDisableCommand.class, UsersUnlockCommand.class,
                UsersTokenCommand.class},
        description = {"The users of the web page and the HTTP API: ADMIN, OPERATOR (import, run jobs, request reports) "
                + "or VIEWER (read and download), each optionally limited to one province.",
                "Without a subcommand, lists them."})
class UsersCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

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

    /**
     * The users as a table in the reader's language, each column as wide as its longest value (a Vietnamese
     * heading or a long province included), times as {@code dd/MM/yyyy HH:mm}; roles stay their codes.
     */
    static int print(UserAccounts accounts, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Messages.text("users.head.username"), Messages.text("users.head.role"),
                Messages.text("users.head.province"), Messages.text("users.head.enabled"),
                Messages.text("users.head.created"), Messages.text("users.head.lockedUntil")));
        for (UserAccount u : accounts.list()) {
            rows.add(List.of(u.username(), u.role(), u.province() == null ? Messages.text("users.allProvinces") : u.province(),
                    Messages.text(u.enabled() ? "users.yes" : "users.no"), local(u.createdAt()),
                    u.lockedUntil() == null ? "-" : local(u.lockedUntil())));
        }
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length - 1; c++) {
                line.append(row.get(c)).append(" ".repeat(widths[c] - width(row.get(c)) + 2));
            }
            out.println(line.append(row.get(widths.length - 1)));
        }
        return ExitCode.OK;
    }

    /** The characters a terminal shows: a name typed in NFC counts each Vietnamese letter once. */
    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String local(OffsetDateTime time) {
        return WHEN.format(time.atZoneSameInstant(ZoneId.systemDefault()));
    }
}
