package vn.coordreport.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.coordreport.messages.Messages;

/**
 * {@code coordreport.sign-in.*}: how repeated wrong passwords (form login, HTTP
 * Basic) are slowed down. The client address comes first: after
 * {@code addressFreeFailures} failures it is refused for {@code addressFirstWait},
 * doubling with each further failure up to {@code addressLongestWait}. An account
 * failing {@code accountMaxFailures} times, from any addresses, is locked for
 * {@code accountLock}. Failures older than {@code forgetAfter} no longer count.
 */
@ConfigurationProperties("coordreport.sign-in")
record SignInProperties(
        @DefaultValue("10") int addressFreeFailures,
        @DefaultValue("1s") Duration addressFirstWait,
        @DefaultValue("15m") Duration addressLongestWait,
        @DefaultValue("30") int accountMaxFailures,
        @DefaultValue("15m") Duration accountLock,
        @DefaultValue("1h") Duration forgetAfter) {

    SignInProperties {
        if (addressFreeFailures < 0 || addressFirstWait.isNegative() || addressLongestWait.compareTo(addressFirstWait) < 0) {
            throw new IllegalArgumentException(Messages.text("config.signIn.address"));
        }
        // else a single address locks an account before it is ever slowed down: anyone could lock everyone out
        if (accountMaxFailures <= addressFreeFailures) {
            throw new IllegalArgumentException(Messages.text("config.signIn.account", accountMaxFailures, addressFreeFailures));
        }
        if (accountLock.isNegative() || accountLock.isZero() || forgetAfter.isNegative() || forgetAfter.isZero()) {
            throw new IllegalArgumentException(Messages.text("config.signIn.durations"));
        }
    }

    /** How long an address is refused after its n-th failure in a row (0 while it has failures to spare). */
    Duration addressWait(int failures) {
        if (failures < addressFreeFailures) {
            return Duration.ZERO;
        }
        long millis = addressFirstWait.toMillis();
        long longest = addressLongestWait.toMillis();
        for (int n = addressFreeFailures; n < failures && millis < longest; n++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, longest));
    }
}
