package vn.coordreport.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.coordreport.security.CurrentUser;

/** What every page of the module shows in its header: who is signed in. */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    private final CurrentUser currentUser;

    PageModel(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The signed-in user, or null on the login page. */
    @ModelAttribute("me")
    Me me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
            return null;
        }
        return Me.of(currentUser);
    }
}
