package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.coordreport.pipeline.JobNames;

/** Who made a version, as the archive's pages say it: what the stored makers mean, in Vietnamese. */
class MakersTests {

    @Test
    void theStoredMakersAreSaidInVietnamese() {
        assertThat(Makers.WORDS.apply("request #12 by lan")).isEqualTo("yêu cầu #12 của lan");
        assertThat(Makers.WORDS.apply("issued by vanthu")).isEqualTo("văn thư vanthu ban hành");
        assertThat(Makers.WORDS.apply(JobNames.NIGHTLY)).isEqualTo("tác vụ lập bản dự thảo hằng đêm");
        assertThat(Makers.WORDS.apply("report command")).isEqualTo("lệnh coordreport report");
        assertThat(Makers.WORDS.apply(null)).isEqualTo("—");
        // a person is named by their username
        assertThat(Makers.WORDS.apply("truongphong")).isEqualTo("truongphong");
    }
}
