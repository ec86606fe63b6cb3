package vn.coordreport.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with BCrypt at the configured cost
 * ({@link PasswordProperties}), stored with their scheme ({bcrypt}) so a later
 * scheme can be added, and checked behind the sign-in throttle: the only way a
 * username and password are checked (form login and HTTP Basic alike).
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(PasswordProperties properties) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(properties.bcryptCost())));
    }

    @Bean
    AuthenticationProvider throttledSignIn(UserAccounts accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        return new ThrottledSignIn(accounts, passwordEncoder, throttle,
                new org.springframework.transaction.support.TransactionTemplate(transactions));
    }
}
