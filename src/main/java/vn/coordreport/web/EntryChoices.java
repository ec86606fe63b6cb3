package vn.coordreport.web;

import java.util.List;

import vn.coordreport.catalog.CodeCatalogue;

/**
 * The drop-downs of the data-entry form: codes with their Vietnamese names, indicators and fields in the
 * alphabetical order of their names (Vietnamese collation: Đ after D, Ư after U), as a clerk looks for them; the
 * catalogue orders them by code, which reads as no order at all. Agencies keep the agreement's order, the lead first.
 */
record EntryChoices(List<CodeCatalogue.Indicator> indicators, List<CodeCatalogue.Field> fields,
        List<CodeCatalogue.Party> parties) {

    /** The choices of a column, code and name, in the order offered. */
    public List<EntryForm.Choice> of(EntryForm.Column column) {
        return switch (column.input()) {
            case INDICATOR -> alphabetical(indicators.stream()
                    .map(i -> new EntryForm.Choice(i.code(), i.name() + " (" + i.unit() + ")")).toList());
            case FIELD -> alphabetical(fields.stream().map(f -> new EntryForm.Choice(f.code(), f.name())).toList());
            case AGENCY -> parties.stream().map(p -> new EntryForm.Choice(p.code(), p.name())).toList();
            default -> EntryForm.FIXED.getOrDefault(column.input(), List.of());
        };
    }

    /**
     * By name, syllable by syllable, as a Vietnamese dictionary orders them: "Vụ vi phạm" before "Vụ việc" (the
     * collator alone ignores the spaces and compares "viph" with "việc").
     */
    private static List<EntryForm.Choice> alphabetical(List<EntryForm.Choice> choices) {
        java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        java.util.Comparator<String> bySyllables = (a, b) -> {
            String[] x = a.strip().split("\\s+");
            String[] y = b.strip().split("\\s+");
            for (int i = 0; i < Math.min(x.length, y.length); i++) {
                int c = vietnamese.compare(x[i], y[i]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.length, y.length);
        };
        return choices.stream().sorted(java.util.Comparator.comparing(EntryForm.Choice::name, bySyllables)).toList();
    }
}
