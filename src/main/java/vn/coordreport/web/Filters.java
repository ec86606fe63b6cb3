package vn.coordreport.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.ui.Model;

import vn.coordreport.catalog.AgreementSearch;

/**
 * A list's filters as its address gives them. A value that is none of the page's choices
 * ({@code /jobs?status=NOPE}, a province no data names) narrowed the list to nothing, or (the agreements' state) to
 * something else, while its select showed "Tất cả" and nothing said why: such a value is said above the list, and
 * the list is not narrowed by it.
 */
final class Filters {

    private final List<String> unknown = new ArrayList<>();

    /**
     * The choice {@code value} names, compared as a search compares (trimmed, NFC, without case); null when it is
     * blank, or when it names none of them (then said by {@link #into}).
     *
     * @param label the filter's label on the page ("Trạng thái")
     */
    String choice(String label, String value, Collection<String> choices) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String named = named(value, choices);
        if (named == null) {
            unknown.add("Ô “" + label + "” không có lựa chọn “" + value.strip() + "”");
        }
        return named;
    }

    /** The choice {@code value} names, compared as {@link #choice} compares; null when it names none. */
    static String named(String value, Collection<String> choices) {
        String typed = key(value);
        return choices.stream().filter(choice -> key(choice).equals(typed)).findFirst().orElse(null);
    }

    /** The code of the agency {@code value} names among those the list offers, as {@link #choice}. */
    String agency(String label, String value, List<AgreementSearch.Agency> agencies) {
        return choice(label, value, agencies.stream().map(AgreementSearch.Agency::code).toList());
    }

    /** The sentence that says the values that are none ({@code filterProblem}), when there are any. */
    void into(Model model) {
        if (!unknown.isEmpty()) {
            model.addAttribute("filterProblem", String.join("; ", unknown) + ": danh sách dưới đây không lọc theo "
                    + (unknown.size() == 1 ? "ô này." : "các ô này."));
        }
    }

    private static String key(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
