package vn.coordreport.security;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user, as the security context holds it: with the roles and the province limit. */
record AccountPrincipal(long id, String username, String passwordHash, Set<Role> roles, String province, boolean enabled)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Without the hash: what a token or a session keeps. */
    AccountPrincipal withoutPassword() {
        return new AccountPrincipal(id, username, "", roles, province, enabled);
    }

    @Override
    public String toString() {
        return username + " (" + Role.format(roles) + (province == null ? "" : ", " + province) + ")";
    }
}
