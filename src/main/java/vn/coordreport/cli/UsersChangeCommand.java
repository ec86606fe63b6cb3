package vn.coordreport.cli;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import vn.coordreport.catalog.AgreementCatalog;
import vn.coordreport.messages.Messages;
import vn.coordreport.security.AuditLog;
import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccount;
import vn.coordreport.security.UserAccounts;

@Command(name = "change", mixinStandardHelpOptions = true,
        description = "Gives a user other roles, or another province, or every province. The user's page sessions "
                + "end; audited.")
class UsersChangeCommand implements Callable<Integer>, DatabaseOnly {

    private final UserAccounts accounts;
    private final AgreementCatalog catalog;
    private final AuditLog audit;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "USERNAME", description = "The user's sign-in name.")
    String username;

    @Option(names = "--role", paramLabel = "ROLE[,ROLE...]",
            description = "The user's roles from now on, as for 'users add' (default: as they are).")
    String role;

    @ArgGroup(exclusive = true)
    Where where;

    /** The province from now on: one, or every one; as it is when neither is given. */
    static final class Where {

        @Option(names = "--province", paramLabel = "PROVINCE", description = "Limit the user to this province.")
        String province;

        @Option(names = "--all-provinces", description = "Let the user work with every province.")
        boolean all;
    }

    UsersChangeCommand(UserAccounts accounts, AgreementCatalog catalog, AuditLog audit) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.audit = audit;
    }

    @Override
    public Integer call() {
        if (role == null && where == null) {
            throw new IllegalArgumentException(Messages.text("users.changeNothing"));
        }
        UserAccount user = accounts.find(username)
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("users.unknown", username)));
        Set<Role> roles = role == null ? user.roles() : Role.parse(role);
        String province = where == null ? user.province() : where.all ? null : where.province;
        if (where != null && !where.all && (province == null || province.isBlank())) {
            // not every province by an empty value: that is --all-provinces, said
            throw new IllegalArgumentException(Messages.text("users.changeBlankProvince"));
        }
        if (where != null && !where.all) {
            // a province typed without its diacritics would limit the user to a province with no data
            catalog.provinceMeant(province).ifPresent(meant -> {
                throw new IllegalArgumentException(Messages.text("users.provinceMeant", province, meant));
            });
        }
        var out = spec.commandLine().getOut();
        Optional<UserAccount> changed = accounts.change(user.username(), roles, province);
        if (changed.isEmpty()) {
            out.println(Messages.text("users.unchanged", user.username(), user.role(), shown(user.province())));
            return ExitCode.OK;
        }
        UserAccount now = changed.get();
        // as the page records it, with who changed it on this machine
        audit.record(null, "USER_CHANGE", "user/" + now.username(), user.role() + ", " + every(user.province())
                + " -> " + now.role() + ", " + every(now.province()) + "; by " + UsersCommand.administrator());
        out.println(Messages.text("users.changed", now.username(), now.role(), shown(now.province()), user.role(),
                shown(user.province())));
        return ExitCode.OK;
    }

    private static String shown(String province) {
        return province == null ? Messages.text("users.everyProvince") : province;
    }

    private static String every(String province) {
        return province == null ? "every province" : province;
    }
}
