package vn.coordreport.issuing;

import java.util.Set;

import vn.coordreport.security.Role;
import vn.coordreport.security.UserAccount;

/**
 * The user a step is taken by and recorded for: the one signed in on the page
 * or the API, or the one a command names ({@code --as}).
 *
 * @param province null when the user acts for every province
 */
public record Actor(String username, Set<Role> roles, String province) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor of(UserAccount user) {
        return new Actor(user.username(), user.roles(), user.province());
    }

    boolean has(Role role) {
        return roles.contains(role);
    }
}
