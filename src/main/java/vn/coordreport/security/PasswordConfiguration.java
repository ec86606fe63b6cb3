package vn.coordreport.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with BCrypt, stored with their scheme ({bcrypt}) so a
 * later scheme can be added, and checked behind the sign-in throttle: the only
 * way a username and password are checked (form login and HTTP Basic alike).
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider throttledSignIn(UserAccounts accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        return new ThrottledSignIn(accounts, passwordEncoder, throttle);
    }
}
