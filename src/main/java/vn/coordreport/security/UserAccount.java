package vn.coordreport.security;

import java.time.OffsetDateTime;

/**
 * A user as {@code users list} shows it; never the password.
 *
 * @param lockedUntil while the account is locked after too many failed sign-ins, the end of the lock; else null
 */
public record UserAccount(long id, String username, Role role, String province, boolean enabled,
        OffsetDateTime createdAt, OffsetDateTime lockedUntil) {
}
