package vn.coordreport.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.coordreport.messages.Messages;

/** A server nobody can sign in to says so: only the health endpoint answers until a user is added. */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class NoUsersWarning {

    private static final Logger log = LoggerFactory.getLogger(NoUsersWarning.class);

    private final UserAccounts accounts;

    NoUsersWarning(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenNobodyCanSignIn() {
        if (accounts.enabledCount() == 0) {
            log.warn(Messages.text("log.noUsers"));
        }
    }
}
