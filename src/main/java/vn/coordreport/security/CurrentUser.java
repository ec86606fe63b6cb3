package vn.coordreport.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.coordreport.messages.Messages;

/**
 * The user of the current request, and what they may see. The api and web
 * modules filter lists with {@link #canSee} and call {@link #requireProvince}
 * on every single object they show. Outside an authenticated request nothing
 * is visible.
 */
@Component
public class CurrentUser {

    /** The user's name, or {@code anonymous}. */
    public String username() {
        return principal().map(AccountPrincipal::username).orElse("anonymous");
    }

    /** The roles, comma-separated ({@code REVIEWER,SIGNER}); empty string when nobody is signed in. */
    public String role() {
        return principal().map(p -> Role.format(p.roles())).orElse("");
    }

    /** The user's roles; none when nobody is signed in. */
    public java.util.Set<Role> roles() {
        return principal().map(AccountPrincipal::roles).orElse(java.util.Set.of());
    }

    /** The one province the user is limited to; empty: every province. */
    public Optional<String> province() {
        return principal().map(AccountPrincipal::province);
    }

    /** Whether the user may see things of this province (compared in NFC, trimmed, without case). */
    public boolean canSee(String province) {
        return principal().map(p -> p.province() == null || Provinces.same(p.province(), province)).orElse(false);
    }

    /** @throws AccessDeniedException (answered 403) when the user may not see this province */
    public void requireProvince(String province) {
        if (!canSee(province)) {
            throw new AccessDeniedException(Messages.text("security.otherProvince"));
        }
    }

    /**
     * For what covers every province, such as starting the jobs.
     *
     * @throws AccessDeniedException (answered 403) when the user is limited to one province
     */
    public void requireAllProvinces() {
        if (principal().map(p -> p.province() != null).orElse(true)) {
            throw new AccessDeniedException(Messages.text("security.allProvinces"));
        }
    }

    private static Optional<AccountPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return authentication.getPrincipal() instanceof AccountPrincipal p ? Optional.of(p) : Optional.empty();
    }
}
