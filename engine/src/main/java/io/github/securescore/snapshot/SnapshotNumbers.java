package io.github.securescore.snapshot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * The numbers of the snapshot's records, checked where they are read. Every fractional figure
 * in the records is a Secure Score figure (points, averages), so a {@code Double} must be a
 * finite number from 0 to {@value #MAX_POINTS}: NaN, 1e400 (infinite once read) and negative
 * points would reach the terminal as "NaN%". Every whole number (days, user counts) is from 0
 * to {@link Integer#MAX_VALUE}; Jackson itself rejects one beyond an int.
 */
final class SnapshotNumbers extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Far above any control's or tenant's points, far below where arithmetic on them loses meaning. */
    static final double MAX_POINTS = 1_000_000;

    SnapshotNumbers() {
        super("snapshot-numbers");
        addDeserializer(Double.class, new Points());
        addDeserializer(Integer.class, new Count());
    }

    /** A number the reader will not decide on, in its own words. */
    static final class RejectedNumber extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        RejectedNumber(JsonParser parser, String problem) {
            super(parser, problem);
        }
    }

    private static RejectedNumber notANumber(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        String found = switch (token) {
            case VALUE_STRING -> "the string \"" + SnapshotCursor.abbreviate(p.getText()) + "\"";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            default -> "a value of another type";
        };
        return new RejectedNumber(p, "expected a number, found " + found);
    }

    private static final class Points extends StdScalarDeserializer<Double> {
        private static final long serialVersionUID = 1L;

        Points() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                throw notANumber(p);
            }
            double value = p.getDoubleValue();
            if (!(value >= 0 && value <= MAX_POINTS)) {
                throw new RejectedNumber(p, "expected a finite number of points from 0 to 1000000, found "
                        + SnapshotCursor.abbreviate(p.getText()));
            }
            return value;
        }
    }

    private static final class Count extends StdScalarDeserializer<Integer> {
        private static final long serialVersionUID = 1L;

        Count() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                throw notANumber(p);
            }
            if (token == JsonToken.VALUE_NUMBER_FLOAT || p.getNumberType() != JsonParser.NumberType.INT
                    || p.getIntValue() < 0) {
                throw new RejectedNumber(p, "expected a whole number from 0 to 2147483647, found "
                        + SnapshotCursor.abbreviate(p.getText()));
            }
            return p.getIntValue();
        }
    }
}
