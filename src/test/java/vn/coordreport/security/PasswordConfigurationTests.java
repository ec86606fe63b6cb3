package vn.coordreport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The test JVMs hash at cost 4 (pom.xml); these check the product's own default and the setting itself. */
class PasswordConfigurationTests {

    private static PasswordEncoder encoder(Map<String, String> settings) {
        PasswordProperties properties = new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("coordreport.passwords", PasswordProperties.class);
        return new PasswordConfiguration().passwordEncoder(properties);
    }

    @Test
    void passwordsAreHashedWithBcryptAtCostTenUnlessAnotherCostIsSet() {
        PasswordEncoder standard = encoder(Map.of());
        PasswordEncoder cheaper = encoder(Map.of("coordreport.passwords.bcrypt-cost", "4"));

        String hash = standard.encode("correct horse battery");
        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(cheaper.encode("correct horse battery")).startsWith("{bcrypt}$2a$04$");
        // a hash keeps the cost it was made with: changing the setting signs nobody out
        assertThat(cheaper.matches("correct horse battery", hash)).isTrue();
        assertThat(cheaper.matches("correct horse batter", hash)).isFalse();
    }

    @Test
    void aCostOutsideBcryptsRangeStopsTheStartWithTheSettingNamed() {
        for (String cost : new String[] {"3", "32"}) {
            assertThatThrownBy(() -> encoder(Map.of("coordreport.passwords.bcrypt-cost", cost)))
                    .hasStackTraceContaining("coordreport.passwords.bcrypt-cost phải từ 4 đến 31, không thể là " + cost);
        }
    }
}
