package vn.coordreport.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import vn.coordreport.messages.Messages;

/**
 * What a user may do: VIEWER reads and downloads, OPERATOR also imports, runs
 * jobs and requests reports, ADMIN everything of theirs. The issuing steps
 * have roles of their own: REVIEWER (trưởng phòng) approves or rejects a
 * final, SIGNER (lãnh đạo) signs it, CLERK (văn thư) numbers, seals and
 * issues it; each of them may also read. A user may hold several roles.
 */
public enum Role {
    ADMIN, OPERATOR, VIEWER, REVIEWER, SIGNER, CLERK;

    /** The authority Spring Security checks, e.g. {@code ROLE_OPERATOR}. */
    String authority() {
        return "ROLE_" + name();
    }

    /**
     * {@code SIGNER,REVIEWER} (any case, spaces ignored) as a set.
     *
     * @throws IllegalArgumentException naming an unknown role, or for an empty list
     */
    public static Set<Role> parse(String list) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : (list == null ? "" : list).split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Messages.text("users.roleUnknown", name.strip(), names()));
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("users.roleMissing", names()));
        }
        return roles;
    }

    /** The roles as stored and shown: comma-separated, in the order of this enumeration. */
    public static String format(Collection<Role> roles) {
        return EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
    }

    /** Every role, in the reader's language: {@code ADMIN, OPERATOR, ... SIGNER hoặc CLERK}. */
    private static String names() {
        Role[] all = values();
        String first = java.util.Arrays.stream(all, 0, all.length - 1).map(Role::name).collect(Collectors.joining(", "));
        return first + " " + Messages.text("users.or") + " " + all[all.length - 1].name();
    }
}
