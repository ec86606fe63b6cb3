package vn.coordreport.security;

import java.time.OffsetDateTime;

/** A user as {@code users list} shows it; never the password. */
public record UserAccount(long id, String username, Role role, String province, boolean enabled,
        OffsetDateTime createdAt) {
}
