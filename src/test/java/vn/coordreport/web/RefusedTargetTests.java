package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tomcat.util.res.StringManager;
import org.junit.jupiter.api.Test;

class RefusedTargetTests {

    private static IllegalArgumentException refused(String target) {
        // as Http11InputBuffer words it, in the JVM's language
        return new IllegalArgumentException(StringManager.getManager("org.apache.coyote.http11")
                .getString("iib.invalidRequestTarget", target));
    }

    @Test
    void theAddressIsReadFromTomcatsRefusal() {
        assertThat(RefusedTarget.of(refused("/api/reports?agreement=L0xe10xba0xa1ng")))
                .isEqualTo("/api/reports?agreement=L0xe10xba0xa1ng");
        assertThat(RefusedTarget.of(new IllegalArgumentException("Request header is too large"))).isNull();
        assertThat(RefusedTarget.of(new IllegalStateException("x"))).isNull();
        assertThat(RefusedTarget.of(null)).isNull();
    }

    @Test
    void theApiIsItsPathsWhateverTheirForm() {
        assertThat(RefusedTarget.api("/api/reports?agreement=L0xe1ng")).isTrue();
        assertThat(RefusedTarget.api("http://localhost:8080/api/reports?x=ạ")).isTrue();
        assertThat(RefusedTarget.api("/api")).isTrue();
        assertThat(RefusedTarget.api("/jobs?q=/api/")).isFalse();
        assertThat(RefusedTarget.api("/apidocs")).isFalse();
    }
}
