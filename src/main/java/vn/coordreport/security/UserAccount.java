package vn.coordreport.security;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A user as {@code users list} shows it; never the password.
 *
 * @param lockedUntil while the account is locked after too many failed sign-ins, the end of the lock; else null
 */
public record UserAccount(long id, String username, Set<Role> roles, String province, boolean enabled,
        OffsetDateTime createdAt, OffsetDateTime lockedUntil) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    /** The roles as shown: {@code REVIEWER,SIGNER}. */
    public String role() {
        return Role.format(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
