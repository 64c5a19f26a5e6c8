package io.github.securescore.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An ISO date option ({@code --as-of 2027-03-31}), refused in plain words when it is not one. */
final class AsOfDate implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below like any other text that is not a date
        }
        throw new TypeConversionException("'" + value + "' is not a date; expected a day like 2027-03-31");
    }
}
