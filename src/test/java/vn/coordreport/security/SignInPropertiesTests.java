package vn.coordreport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SignInPropertiesTests {

    static final SignInProperties DEFAULTS = new SignInProperties(10, Duration.ofSeconds(1), Duration.ofMinutes(15), 30,
            Duration.ofMinutes(15), Duration.ofHours(1));

    @Test
    void anAddressWaitsLongerAfterEachFailureBeyondItsAllowanceUpToTheLongestWait() {
        assertThat(DEFAULTS.addressWait(9)).isZero();
        assertThat(DEFAULTS.addressWait(10)).isEqualTo(Duration.ofSeconds(1));
        assertThat(DEFAULTS.addressWait(11)).isEqualTo(Duration.ofSeconds(2));
        assertThat(DEFAULTS.addressWait(19)).isEqualTo(Duration.ofSeconds(512));
        assertThat(DEFAULTS.addressWait(20)).isEqualTo(Duration.ofMinutes(15));
        assertThat(DEFAULTS.addressWait(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theLimitPerAddressMustComeBeforeTheAccountsLock() {
        assertThatThrownBy(() -> new SignInProperties(10, Duration.ofSeconds(1), Duration.ofMinutes(15), 10,
                Duration.ofMinutes(15), Duration.ofHours(1)))
                .hasMessageContaining("account-max-failures (10) phải lớn hơn address-free-failures (10)");
    }
}
