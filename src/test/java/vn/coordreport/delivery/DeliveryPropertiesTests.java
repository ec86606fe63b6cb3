package vn.coordreport.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Whom a report mail tells its recipients to contact. */
class DeliveryPropertiesTests {

    private static DeliveryProperties of(String from, String contact) {
        return new DeliveryProperties(from, contact, 6, Duration.ofMinutes(1), 2.0, Duration.ofHours(6),
                Duration.ofMinutes(15));
    }

    @Test
    void theContactSetElseTheSenderButNeverTheDefaultAddressNobodyReads() {
        assertThat(of("Sở Ngoại vụ Quảng Trị <baocao@sngv.quangtri.gov.vn>", null).whomToContact())
                .hasValue("Sở Ngoại vụ Quảng Trị <baocao@sngv.quangtri.gov.vn>");
        assertThat(of("baocao@sngv.quangtri.gov.vn", "Văn phòng Sở, 0233 3 852 000").whomToContact())
                .hasValue("Văn phòng Sở, 0233 3 852 000");
        // "xin liên hệ: coordreport@localhost" named an address no recipient can write to
        assertThat(of("coordreport@localhost", null).whomToContact()).isEmpty();
        assertThat(of("coordreport <coordreport@LOCALHOST>", " ").whomToContact()).isEmpty();
    }
}
