package vn.coordreport.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Users from the {@code app_user} table, for form login and HTTP Basic (through {@link ThrottledSignIn}). */
final class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    DatabaseUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.principal(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
