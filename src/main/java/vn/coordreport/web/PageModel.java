package vn.coordreport.web;

import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.coordreport.security.CurrentUser;

/**
 * What every page of the module shows: who is signed in, times in the deployment's zone, and figures as a
 * Vietnamese reader writes them.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    private final CurrentUser currentUser;
    private static final PageFormat FORMAT = new PageFormat();

    private final PageTimes times;

    PageModel(CurrentUser currentUser, @Value("${coordreport.time-zone}") ZoneId zone) {
        this.currentUser = currentUser;
        this.times = new PageTimes(zone);
    }

    @ModelAttribute("times")
    PageTimes times() {
        return times;
    }

    @ModelAttribute("format")
    PageFormat format() {
        return FORMAT;
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
