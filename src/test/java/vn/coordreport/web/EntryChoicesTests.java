package vn.coordreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.coordreport.catalog.CodeCatalogue;

/** The form's drop-downs offer indicators and fields as a clerk looks for them: by name, in Vietnamese order. */
class EntryChoicesTests {

    @Test
    void indicatorsAndFieldsAreInTheAlphabeticalOrderOfTheirVietnameseNames() {
        // syllable by syllable, as a dictionary: "Vụ vi phạm" before "Vụ việc"
        // as the catalogue lists them, by field code then code
        EntryChoices choices = new EntryChoices(List.of(
                indicator("AGREEMENT", "Thỏa thuận hợp tác"), indicator("DONATION", "Ủng hộ, trao tặng"),
                indicator("DELEGATION", "Đoàn ra, đoàn vào"), indicator("PROJECT", "Dự án phi chính phủ"),
                indicator("TRAINING", "Lớp đào tạo"), indicator("PROTECTION", "Vụ việc bảo hộ công dân"),
                indicator("VIOLATION", "Vụ vi phạm quy chế")),
                List.of(new CodeCatalogue.Field("BORDER", "Quản lý biên giới", 3),
                        new CodeCatalogue.Field("AID", "Viện trợ", 2), new CodeCatalogue.Field("COOP", "Hợp tác", 1)),
                List.of(new CodeCatalogue.Party("SNGV-QT", "Sở Ngoại vụ"), new CodeCatalogue.Party("BDBP-QT", "Bộ đội")));

        assertThat(choices.of(column(EntryForm.Input.INDICATOR))).extracting(EntryForm.Choice::code)
                .containsExactly("PROJECT", "DELEGATION", "TRAINING", "AGREEMENT", "DONATION", "VIOLATION", "PROTECTION");
        assertThat(choices.of(column(EntryForm.Input.FIELD))).extracting(EntryForm.Choice::code)
                .containsExactly("COOP", "BORDER", "AID");
        // the agencies keep the agreement's order, the lead first
        assertThat(choices.of(column(EntryForm.Input.AGENCY))).extracting(EntryForm.Choice::code)
                .containsExactly("SNGV-QT", "BDBP-QT");
    }

    private static CodeCatalogue.Indicator indicator(String code, String name) {
        return new CodeCatalogue.Indicator(code, name, "F", "Lĩnh vực", "lượt", null);
    }

    private static EntryForm.Column column(EntryForm.Input input) {
        return new EntryForm.Column("x", "x", input, false);
    }
}
