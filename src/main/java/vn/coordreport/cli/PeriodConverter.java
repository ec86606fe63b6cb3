package vn.coordreport.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import vn.coordreport.period.Period;
import vn.coordreport.period.PeriodCalendar;

/** Periods and calendars on the command line, with the format's own messages. */
final class PeriodConverter implements ITypeConverter<Period> {

    @Override
    public Period convert(String value) {
        try {
            return Period.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    static final class Calendar implements ITypeConverter<PeriodCalendar> {

        @Override
        public PeriodCalendar convert(String value) {
            try {
                return PeriodCalendar.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
