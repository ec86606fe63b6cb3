package vn.coordreport;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesOnlyUseWhatTheyDeclare() {
        ApplicationModules.of(CoordreportApplication.class).verify();
    }
}
