package vn.coordreport.pipeline;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** A value out of range is refused at start-up, naming the property, in Vietnamese by default. */
class JobsPropertiesTests {

    @Test
    void aValueOutOfRangeIsRefusedNamingTheProperty() {
        assertThatIllegalArgumentException().isThrownBy(() -> new JobsProperties(0, 3, 10, 5))
                .withMessage("coordreport.jobs.threads phải từ 1 trở lên, không thể là 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new JobsProperties(2, -1, 10, 5))
                .withMessage("coordreport.jobs.close-grace-working-days phải từ 0 trở lên");
    }
}
