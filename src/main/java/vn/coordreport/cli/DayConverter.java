package vn.coordreport.cli;

import static vn.coordreport.messages.DateFormats.TYPED_DAY;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import vn.coordreport.messages.Messages;

/**
 * A day on the command line as an office writes it, {@code 01/06/2021} (or {@code 1/6/2021}), or as the ISO
 * {@code 2021-06-01} that scripts write; anything else, 31/02 included, is refused saying how to write it.
 */
final class DayConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        String day = value.strip();
        try {
            return day.contains("/") ? LocalDate.parse(day, TYPED_DAY) : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            // a day past its month's end is told why (31/04/2023: April has 30 days), anything else how to write one
            throw new TypeConversionException(vn.coordreport.messages.DateFormats.pastMonthEnd(day)
                    .map(why -> Messages.text("cli.usage.pastMonthEnd", why))
                    .orElseGet(() -> Messages.text("cli.usage.day")));
        }
    }
}
