package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Numbers Graph sends in the additional data of its secure score types, which it does not document and
 * which real tenants answer as JSON strings ({@code "count": "5"}, {@code "seatSizeRangeLowerValue": "51"}).
 * Here, and only here, a number written as a string is read as that number; any other string is an error
 * naming the field, and the ranges of {@link SnapshotNumbers} still apply. Documented fields stay strict.
 */
final class NumericText {

    /** Plain decimals only: no sign, exponent, blanks, "NaN" or "Infinity" in a string. */
    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]{0,15})(\\.[0-9]{1,15})?");

    private NumericText() {
    }

    private static String text(JsonParser p, String expected) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getText();
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = p.getText();
            if (DECIMAL.matcher(text).matches()) {
                return text;
            }
            throw new SnapshotNumbers.RejectedNumber(p, "expected " + expected + " (a number, or a number written as"
                    + " a string), found the string \"" + SnapshotCursor.abbreviate(text) + "\"");
        }
        String found = switch (token) {
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            default -> "a value of another type";
        };
        throw new SnapshotNumbers.RejectedNumber(p, "expected " + expected + " (a number, or a number written as a"
                + " string), found " + found);
    }

    /** A figure (points, percent, average) from 0 to {@value SnapshotNumbers#MAX_POINTS}. */
    static final class Points extends StdScalarDeserializer<Double> {
        private static final long serialVersionUID = 1L;

        Points() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = text(p, "a figure from 0 to 1000000");
            double value = Double.parseDouble(text);
            if (!(value >= 0 && value <= SnapshotNumbers.MAX_POINTS)) {
                throw new SnapshotNumbers.RejectedNumber(p, "expected a figure from 0 to 1000000, found "
                        + SnapshotCursor.abbreviate(text));
            }
            return value;
        }
    }

    /** A whole number (a count, a seat-size bound) from 0 to 2147483647. */
    static final class Count extends StdScalarDeserializer<Integer> {
        private static final long serialVersionUID = 1L;

        Count() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = text(p, "a whole number from 0 to 2147483647");
            java.math.BigDecimal value = new java.math.BigDecimal(text);
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0
                    || value.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                throw new SnapshotNumbers.RejectedNumber(p, "expected a whole number from 0 to 2147483647, found "
                        + SnapshotCursor.abbreviate(text));
            }
            return value.intValueExact();
        }
    }
}
