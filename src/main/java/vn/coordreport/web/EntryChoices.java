package vn.coordreport.web;

import java.util.List;

import vn.coordreport.catalog.CodeCatalogue;

/** The drop-downs of the data-entry form: codes with their Vietnamese names. */
record EntryChoices(List<CodeCatalogue.Indicator> indicators, List<CodeCatalogue.Field> fields,
        List<CodeCatalogue.Party> parties) {

    /** The choices of a column, code and name, in the order offered. */
    public List<EntryForm.Choice> of(EntryForm.Column column) {
        return switch (column.input()) {
            case INDICATOR -> indicators.stream().map(i -> new EntryForm.Choice(i.code(), i.name() + " (" + i.unit() + ")"))
                    .toList();
            case FIELD -> fields.stream().map(f -> new EntryForm.Choice(f.code(), f.name())).toList();
            case AGENCY -> parties.stream().map(p -> new EntryForm.Choice(p.code(), p.name())).toList();
            default -> EntryForm.FIXED.getOrDefault(column.input(), List.of());
        };
    }
}
