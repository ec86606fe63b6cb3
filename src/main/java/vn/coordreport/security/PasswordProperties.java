package vn.coordreport.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.coordreport.messages.Messages;

/**
 * {@code coordreport.passwords.*}: how passwords are hashed. BCrypt's cost is the
 * base-2 logarithm of its rounds: each step doubles the time every sign-in with a
 * password (form login, HTTP Basic) spends checking it, for the office and for
 * anyone guessing from a stolen hash alike. A hash keeps the cost it was made
 * with, so a new cost applies to the passwords set after it.
 */
@ConfigurationProperties("coordreport.passwords")
record PasswordProperties(@DefaultValue("10") int bcryptCost) {

    PasswordProperties {
        // BCrypt's own range
        if (bcryptCost < 4 || bcryptCost > 31) {
            throw new IllegalArgumentException(Messages.text("config.passwords.cost", bcryptCost));
        }
    }
}
