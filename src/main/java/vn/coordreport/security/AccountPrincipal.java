package vn.coordreport.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user, as the security context holds it: with the role and the province limit. */
record AccountPrincipal(long id, String username, String passwordHash, Role role, String province, boolean enabled)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
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
        return new AccountPrincipal(id, username, "", role, province, enabled);
    }

    @Override
    public String toString() {
        return username + " (" + role + (province == null ? "" : ", " + province) + ")";
    }
}
